import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

const pdf = (tail = "") => Buffer.from(`%PDF-1.7\n${tail}`, "latin1");
const upload = (fileName: string, bytes: Buffer, kind = "cv") => ({
  kind,
  fileName,
  content: bytes.toString("base64"),
});

/** Attempts to misuse client attachments: odd names, polyglots, other clients' and organisations' ids. */
describe("client attachments under attack", () => {
  let t: TestApp;
  let s: WorkSetup;
  let stranger: TestClient;
  let strangerClientId: string;
  const url = (clientId = s.clientId) => `/api/clients/${clientId}/attachments`;

  before(async () => {
    t = await createTestApp(undefined, { POLKU_ATTACHMENT_MAX_MB: "1" });
    s = await setUpWork(t);
    const org = await buildOrganisation(t.database);
    const team = await buildTeam(t.database, org.id);
    const coach = await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: team.id });
    strangerClientId = (
      await buildClientWithConsent(t.database, {
        organisationId: org.id,
        ipsTeamId: team.id,
        coachUserId: coach.id,
      })
    ).clientId;
    stranger = t.client();
    await stranger.signIn(coach.email, coach.password);
  });
  after(() => t.close());

  test("names that only look like another type are refused (bidi controls, invisible marks)", async () => {
    // "cv\u202Efdp.exe" is shown as "cvexe.pdf"; the stored name must be what the person sees.
    for (const name of [
      "cv\u202Egnp.pdf",
      "cv\u2067x\u2069.pdf",
      "cv\u200F.pdf",
      "cv\u2028.pdf",
      "cv\uFEFF.pdf",
    ]) {
      const response = await s.coach.post(url(), upload(name, pdf()));
      assert.equal(response.statusCode, 400, `${JSON.stringify(name)}: ${response.body}`);
      assert.match(response.json().error.fields.fileName, /Rename the file/, JSON.stringify(name));
    }
  });

  test("an extension naming an object property is an unknown type, not a content mismatch", async () => {
    for (const name of ["cv.constructor", "cv.__proto__", "cv.toString", "cv.hasOwnProperty"]) {
      const response = await s.coach.post(url(), upload(name, pdf()));
      assert.equal(response.statusCode, 400, `${name}: ${response.body}`);
      assert.match(
        response.json().error.fields.fileName ?? "",
        /cannot be attached/,
        `${name}: ${response.body}`,
      );
    }
  });

  test("a PDF+HTML polyglot is kept as a PDF and only ever sent as a download", async () => {
    const bytes = pdf("<html><script>alert(document.cookie)</script></html>");
    const saved = await s.coach.post(url(), upload("x.pdf", bytes));
    assert.equal(saved.statusCode, 201, saved.body);
    const id = saved.json().id;
    const download = await s.coach.get(`${url()}/${id}/content`);
    assert.equal(download.headers["content-type"], "application/pdf");
    assert.match(
      String(download.headers["content-disposition"]),
      /^attachment; filename="cv-[0-9a-f-]+\.pdf"$/,
    );
    assert.equal(download.headers["x-content-type-options"], "nosniff");
    assert.equal(download.headers["cache-control"], "no-store");
  });

  test("a unicode name is kept as typed but never reaches a header", async () => {
    const saved = await s.coach.post(url(), upload('Työhakemus "äö" ÅÄÖ 履歴書.pdf', pdf()));
    assert.equal(saved.statusCode, 201, saved.body);
    assert.equal(saved.json().fileName, 'Työhakemus "äö" ÅÄÖ 履歴書.pdf');
    const download = await s.coach.get(`${url()}/${saved.json().id}/content`);
    assert.equal(download.headers["content-disposition"], `attachment; filename="cv-${saved.json().id}.pdf"`);
  });

  test("another client's, another organisation's and a clinician's access are refused", async () => {
    const mine = (await s.coach.post(url(), upload("a.pdf", pdf()))).json().id;
    // The same attachment through the coach's other client: not found, and nothing removed.
    assert.equal((await s.coach.get(`${url(s.otherClientId)}/${mine}/content`)).statusCode, 404);
    assert.equal((await s.coach.post(`${url(s.otherClientId)}/${mine}/removal`)).statusCode, 404);
    // Another organisation's coach, through their own client and through ours.
    assert.equal((await stranger.get(`${url(strangerClientId)}/${mine}/content`)).statusCode, 404);
    assert.equal((await stranger.get(`${url()}/${mine}/content`)).statusCode, 404);
    assert.equal((await stranger.post(url(), upload("b.pdf", pdf()))).statusCode, 404);
    // The clinician the client consented to share with sees the shared record, not the files.
    assert.equal((await s.clinician.get(`${url()}/${mine}/content`)).statusCode, 403);
    assert.equal((await s.clinician.get(url())).statusCode, 403);
    assert.equal((await s.clinician.post(url(), upload("c.pdf", pdf()))).statusCode, 403);
    assert.equal((await s.coach.get(`${url()}/${mine}/content`)).statusCode, 200, "still there");
  });

  test("a body over the route's limit is refused before it is read, and a malformed id is not found", async () => {
    const huge = { kind: "cv", fileName: "x.pdf", content: "A".repeat(3 * 1024 * 1024) };
    const response = await s.coach.post(url(), huge);
    assert.equal(response.statusCode, 413, response.body);
    assert.equal((await s.coach.get(`${url()}/not-a-uuid/content`)).statusCode, 404);
  });
});
