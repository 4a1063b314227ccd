import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { contactBody, type JobDevelopmentSetup, setUpJobDevelopment } from "./job-development-test-setup.ts";

describe("employer contacts and the disclosure plan", () => {
  let t: TestApp;
  let s: JobDevelopmentSetup;
  const now = () => new Date(Date.now() - 60_000).toISOString();
  const count = async (table: "employer_contact" | "employer_contact_client") =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await createTestApp();
    s = await setUpJobDevelopment(t);
    // Aino (c1): nothing about her health to Kahvila, everything to Kauppa; Varasto not discussed.
    const plan = await s.coachA.post(`/api/clients/${s.c1}/plans/disclosure_plan`, {
      content: {
        discussedOn: helsinkiDate(),
        entries: [
          { employerId: s.employers.kahvila, employerName: "Kahvila Aamu Oy", decision: "none" },
          { employerId: s.employers.kauppa, employerName: "Kauppa Oy", decision: "full" },
        ],
      },
    });
    assert.equal(plan.statusCode, 201, plan.body);
  });
  after(() => t.close());

  const check = (employerId: string, ...clientIds: string[]) =>
    s.coachA.get(
      `${s.base}/employer-contacts/disclosure-check?employerId=${employerId}&${clientIds.map((c) => `clientIds=${c}`).join("&")}`,
    );

  test("the check warns as soon as client and employer are chosen: none, full, no plan entry", async () => {
    const none = await check(s.employers.kahvila, s.c1);
    assert.equal(none.statusCode, 200, none.body);
    assert.deepEqual(none.json(), [{ clientId: s.c1, initials: "AV", reason: "none" }]);
    assert.deepEqual((await check(s.employers.kauppa, s.c1)).json(), []);
    assert.deepEqual((await check(s.employers.varasto, s.c1)).json(), [
      { clientId: s.c1, initials: "AV", reason: "no_plan" },
    ]);
    assert.deepEqual(
      (await check(s.employers.kauppa, s.c1, s.c2)).json(),
      [{ clientId: s.c2, initials: "EK", reason: "no_plan" }],
      "a client without any disclosure plan has no decision for anyone",
    );
  });

  test("a contact against the plan is recorded with the warning, and the warning is kept", async () => {
    const response = await s.coachA.post(
      `${s.base}/employer-contacts`,
      contactBody(s.employers.kahvila, now(), {
        clientIds: [s.c1],
        purposes: ["present_job_seeker"],
        qualityLevel: 4,
        notes: "Aino kertoi jännittävänsä",
        nextStep: "Soitto",
        nextStepOn: helsinkiDate(),
      }),
    );
    assert.equal(response.statusCode, 201, response.body);
    const { contact, warnings } = response.json();
    assert.deepEqual(warnings, [{ clientId: s.c1, initials: "AV", reason: "none" }]);
    assert.equal(contact.employerName, "Kahvila Aamu Oy");
    assert.equal(contact.qualityLevel, 4);
    assert.deepEqual(contact.jobSeekers, [
      { clientId: s.c1, name: "Aino Virtanen", disclosureWarning: true },
    ]);
    const link = await t.database.db
      .selectFrom("employer_contact_client")
      .select(["disclosure_warning", "episode_id"])
      .where("employer_contact_id", "=", contact.id)
      .executeTakeFirstOrThrow();
    assert.equal(link.disclosure_warning, true);
    assert.ok(link.episode_id, "the link keeps the client's open episode");

    const fine = await s.coachA.post(
      `${s.base}/employer-contacts`,
      contactBody(s.employers.kauppa, now(), { clientIds: [s.c1] }),
    );
    assert.deepEqual(fine.json().warnings, []);
    assert.equal(fine.json().contact.jobSeekers[0].disclosureWarning, false);

    const audit = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "like", "employer_contact.%")
      .execute();
    const text = JSON.stringify(audit);
    assert.ok(audit.length >= 2);
    assert.ok(!text.includes("Aino") && !text.includes("Virtanen") && !text.includes("jännittä"), text);
  });

  test("a coach without access sees the employer's log without client names or notes", async () => {
    const response = await s.coachB.get(`${s.base}/employer-contacts?employerId=${s.employers.kahvila}`);
    assert.equal(response.statusCode, 200, response.body);
    const [contact] = response.json();
    assert.deepEqual(contact.jobSeekers, []);
    assert.equal(contact.otherJobSeekers, 1);
    assert.equal(contact.notes, null);
    assert.ok(!response.body.includes("Aino") && !response.body.includes("Virtanen"));
    const own = await s.coachA.get(`${s.base}/employer-contacts?clientId=${s.c1}`);
    assert.equal(own.json().length, 2);
    assert.equal(own.json()[1].notes, "Aino kertoi jännittävänsä");
    const notTheirs = await s.coachB.get(`${s.base}/employer-contacts?clientId=${s.c1}`);
    assert.equal(notTheirs.statusCode, 400);
  });

  test("a client of another team in clientIds is refused as unknown, and nothing is saved", async () => {
    const before = [await count("employer_contact"), await count("employer_contact_client")];
    const response = await s.coachB.post(
      `${s.base}/employer-contacts`,
      contactBody(s.employers.kauppa, now(), { clientIds: [s.cB, s.c1] }),
    );
    assert.equal(response.statusCode, 400, response.body);
    assert.deepEqual(Object.keys(response.json().error.fields), ["clientIds.1"]);
    const check = await s.coachB.get(
      `${s.base}/employer-contacts/disclosure-check?employerId=${s.employers.kauppa}&clientIds=${s.c1}`,
    );
    assert.equal(check.statusCode, 400);
    const foreignEmployer = await s.outsider.post(
      `${s.base}/employer-contacts`,
      contactBody(s.employers.kauppa, now()),
    );
    assert.equal(foreignEmployer.statusCode, 404, "another organisation does not exist for them");
    const future = await s.coachA.post(
      `${s.base}/employer-contacts`,
      contactBody(s.employers.kauppa, new Date(Date.now() + 86_400_000).toISOString()),
    );
    assert.equal(future.statusCode, 400);
    assert.deepEqual([await count("employer_contact"), await count("employer_contact_client")], before);
  });

  test("a contact without a purpose asks for one in the caller's words, and nothing is saved", async () => {
    const before = await count("employer_contact");
    const response = await s.coachA.post(
      `${s.base}/employer-contacts`,
      contactBody(s.employers.kauppa, now(), { purposes: [] }),
    );
    assert.equal(response.statusCode, 400, response.body);
    // Said as what to do (the page says the employer and a purpose are required), not
    // "The value must be at least 1" as before.
    assert.equal(response.json().error.fields.purposes, "Choose at least one.");
    assert.equal(await count("employer_contact"), before);
  });

  test("a face-to-face contact on the client's behalf is their first employer contact (V4)", async () => {
    // Both started 40 days ago: Aino has had face-to-face contacts made for her, Eero none.
    const started = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    await t.database.db
      .updateTable("episode")
      .set({ referral_date: started, decision_date: started, agreement_date: started })
      .where("client_id", "in", [s.c1, s.c2])
      .execute();
    const caseload = await s.coachA.get("/api/caseload");
    assert.equal(caseload.statusCode, 200, caseload.body);
    const flagsOf = (id: string) =>
      caseload.json().clients.find((c: { clientId: string }) => c.clientId === id).flags as string[];
    assert.ok(flagsOf(s.c2).includes("no_employer_contact_30_days"));
    assert.ok(!flagsOf(s.c1).includes("no_employer_contact_30_days"));
  });
});
