import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * Who may not reach a client's documents and attachments: every route of both features, for a
 * coach of another IPS team, a coach of another organisation, a clinician without consent, an
 * evaluator (404: existence does not leak), and a consented clinician (403: the shared view holds
 * no documents). Each refusal changes nothing.
 */
describe("documents and attachments: denials", () => {
  let t: TestApp;
  let s: WorkSetup;
  let attachmentId: string;
  const people = new Map<string, TestClient>();
  const pdf = Buffer.from("%PDF-1.7\n%%EOF\n");

  const routes = () => {
    const c = `/api/clients/${s.clientId}`;
    return [
      ["GET", `${c}/cooperation-agreement`, undefined],
      ["POST", `${c}/cooperation-agreement`, { content: { goals: "x" } }],
      [
        "POST",
        `${c}/cooperation-agreement/confirmation`,
        { method: "signed_on_paper", confirmedOn: helsinkiDate() },
      ],
      ...["cooperation_agreement", "career_profile", "job_search_plan", "disclosure_plan"].map(
        (d) => ["GET", `${c}/documents/${d}/pdf`, undefined] as const,
      ),
      ["GET", `${c}/attachments`, undefined],
      ["POST", `${c}/attachments`, { kind: "cv", fileName: "cv.pdf", content: pdf.toString("base64") }],
      ["GET", `${c}/attachments/${attachmentId}/content`, undefined],
      ["POST", `${c}/attachments/${attachmentId}/removal`, {}],
    ] as const;
  };

  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
    const saved = await s.coach.post(`/api/clients/${s.clientId}/cooperation-agreement`, {
      content: { goals: "Työ" },
    });
    assert.equal(saved.statusCode, 201, saved.body);
    const file = await s.coach.post(`/api/clients/${s.clientId}/attachments`, {
      kind: "cv",
      fileName: "cv.pdf",
      content: pdf.toString("base64"),
    });
    assert.equal(file.statusCode, 201, file.body);
    attachmentId = file.json().id;
    const otherTeam = await buildTeam(t.database, s.orgId, "ips_team");
    const otherClinic = await buildTeam(t.database, s.orgId, "treatment_team");
    const otherOrg = await buildOrganisation(t.database);
    const otherOrgTeam = await buildTeam(t.database, otherOrg.id, "ips_team");
    const cast = {
      otherTeamCoach: { organisationId: s.orgId, role: "coach", teamId: otherTeam.id },
      otherTeamLead: { organisationId: s.orgId, role: "team_lead", teamId: otherTeam.id },
      otherOrganisationCoach: { organisationId: otherOrg.id, role: "coach", teamId: otherOrgTeam.id },
      clinicianWithoutConsent: { organisationId: s.orgId, role: "clinician", teamId: otherClinic.id },
      evaluator: { organisationId: s.orgId, role: "evaluator", teamId: null },
    } as const;
    for (const [key, options] of Object.entries(cast)) {
      const person = await buildStaff(t.database, options);
      const client = t.client();
      await client.signIn(person.email, person.password);
      people.set(key, client);
    }
    people.set("consentedClinician", s.clinician);
  });
  after(() => t.close());

  const expected: Record<string, number> = {
    otherTeamCoach: 404,
    otherTeamLead: 404,
    otherOrganisationCoach: 404,
    clinicianWithoutConsent: 404,
    evaluator: 404,
    consentedClinician: 403,
  };

  test("every route refuses everyone outside the client's IPS team, and audits the refusal", async () => {
    const counts = async () =>
      Promise.all(
        ["episode_document", "client_attachment"].map(async (table) =>
          Number(
            (
              await t.database.db
                .selectFrom(table as "client_attachment")
                .select((eb) => eb.fn.countAll<number>().as("n"))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const before = await counts();
    for (const [who, client] of people) {
      for (const [method, url, body] of routes()) {
        const response =
          method === "GET" ? await client.get(url) : await client.post(url, body as Record<string, unknown>);
        assert.equal(response.statusCode, expected[who], `${who} ${method} ${url}: ${response.body}`);
        assert.doesNotMatch(response.body, /PDF|Työ|cv\.pdf/, "nothing of the record in the refusal");
      }
    }
    assert.deepEqual(await counts(), before, "nothing was written");
    const anonymous = t.client();
    for (const [method, url, body] of routes()) {
      const response =
        method === "GET"
          ? await anonymous.get(url)
          : await anonymous.post(url, body as Record<string, unknown>);
      assert.equal(response.statusCode, 401, `anonymous ${method} ${url}`);
    }
    const denied = await t.database.db
      .selectFrom("audit_event")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("event_type", "=", "access.denied")
      .executeTakeFirstOrThrow();
    assert.ok(Number(denied.n) >= people.size * routes().length, "each refusal is in the audit log");
  });
});
