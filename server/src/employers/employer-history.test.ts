import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { daysFromToday, setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";
import { tenureWeeks } from "./employer-tenure.ts";

describe("employer history", () => {
  let t: TestApp;
  let s: WorkSetup;
  let employerId: string;
  const today = helsinkiDate();
  const url = () => `/api/organisations/${s.orgId}/employers/${employerId}/history`;

  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
    const db = t.database.db;
    employerId = (
      await s.coach.post(`/api/organisations/${s.orgId}/employers`, { name: "Historia Oy" })
    ).json().id;
    const person = await s.coach.post(
      `/api/organisations/${s.orgId}/employers/${employerId}/contact-persons`,
      {
        name: "Pekka Esimies",
      },
    );
    const coach = await db
      .selectFrom("membership")
      .select("user_id")
      .where("organisation_id", "=", s.orgId)
      .where("role", "=", "coach")
      .executeTakeFirstOrThrow();
    // Contacts are recorded by job development; the history reads the rows it writes.
    const contact = (occurredAt: string, retracted = false) =>
      db
        .insertInto("employer_contact")
        .values({
          organisation_id: s.orgId,
          employer_id: employerId,
          contact_person_id: person.json().id,
          coach_user_id: coach.user_id,
          occurred_at: occurredAt,
          face_to_face: true,
          purposes: ["present_job_seeker"],
          outcome: "interview_agreed",
          next_step: "Haastattelu",
          next_step_on: today,
          retracted_at: retracted ? new Date() : null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
    const forTwo = await contact(new Date(Date.now() - 86_400_000).toISOString());
    await db
      .insertInto("employer_contact_client")
      .values([
        { employer_contact_id: forTwo.id, client_id: s.clientId },
        { employer_contact_id: forTwo.id, client_id: s.otherClientId },
      ])
      .execute();
    await contact(new Date(Date.now() - 2 * 86_400_000).toISOString(), true);
    await db
      .insertInto("job_lead")
      .values({
        organisation_id: s.orgId,
        employer_id: employerId,
        title: "Myyjä",
        advertised: false,
        found_by: coach.user_id,
      })
      .execute();

    const job = (clientId: string, title: string, startDays: number) =>
      s.coach.post(`/api/clients/${clientId}/jobs`, {
        employerId,
        title,
        startDate: daysFromToday(today, startDays),
        contractType: "open_ended",
      });
    assert.equal((await job(s.clientId, "Puutarhuri", -70)).statusCode, 201);
    const ended = await job(s.otherClientId, "Varastotyöntekijä", -100);
    const ending = await s.coach.post(`/api/clients/${s.otherClientId}/jobs/${ended.json().id}/ending`, {
      endDate: daysFromToday(today, -30),
      endReason: "resigned_other",
      endLearnedOn: daysFromToday(today, -29),
    });
    assert.equal(ending.statusCode, 200, ending.body);
  });
  after(() => t.close());

  test("contacts (retracted ones left out), jobs with tenure and leads; job seekers counted, not named", async () => {
    const response = await s.coach.get(url());
    assert.equal(response.statusCode, 200, response.body);
    const history = response.json();
    assert.equal(history.contacts.length, 1);
    const [contact] = history.contacts;
    assert.equal(contact.contactPersonName, "Pekka Esimies");
    assert.equal(contact.jobSeekerCount, 2);
    assert.equal(contact.outcome, "interview_agreed");
    assert.ok(contact.coachName);
    assert.deepEqual(
      history.jobs.map((j: { title: string; tenureWeeks: number; ongoing: boolean }) => [
        j.title,
        j.tenureWeeks,
        j.ongoing,
      ]),
      [
        ["Puutarhuri", 10, true],
        ["Varastotyöntekijä", 10, false],
      ],
    );
    assert.deepEqual(
      history.leads.map((l: { title: string; status: string }) => [l.title, l.status]),
      [["Myyjä", "open"]],
    );
    const clients = await t.database.db
      .selectFrom("client")
      .select(["id", "first_name", "last_name"])
      .execute();
    const involved = clients.filter((c) => [s.clientId, s.otherClientId].includes(c.id));
    assert.equal(involved.length, 2, "both clients' data is checked");
    for (const c of involved) {
      for (const text of [c.id, c.first_name, c.last_name])
        assert.ok(!response.body.includes(text), "no client data");
    }
  });

  test("the register list shows the latest contact and the contacts of the last 90 days", async () => {
    const [item] = (await s.coach.get(`/api/organisations/${s.orgId}/employers?q=historia`)).json();
    assert.equal(item.contactsLast90Days, 1, "the retracted contact is not counted");
    assert.ok(Date.now() - Date.parse(item.lastContactAt) < 2 * 86_400_000);
  });

  test("a clinician may not read it (403)", async () => {
    assert.equal((await s.clinician.get(url())).statusCode, 403);
  });

  const signedIn = async (organisationId: string, teamId: string | null, role: "coach" | "org_admin") => {
    const person = await buildStaff(t.database, { organisationId, role, teamId });
    const c: TestClient = t.client();
    await c.signIn(person.email, person.password);
    return c;
  };

  test("outside the clients' IPS team: no next step written for them, no job details, only counts", async () => {
    const otherTeam = await buildTeam(t.database, s.orgId, "ips_team");
    const who = "a coach of another IPS team";
    const response = await (await signedIn(s.orgId, otherTeam.id, "coach")).get(url());
    assert.equal(response.statusCode, 200, response.body);
    const history = response.json();
    assert.equal(history.contacts.length, 1);
    assert.equal(history.contacts[0].jobSeekerCount, 2, "the count stays");
    assert.equal(history.contacts[0].nextStep, null, "the next step was written for the clients");
    assert.deepEqual(history.jobs, [], "no titles, dates or tenure");
    assert.deepEqual(history.otherJobs, { count: 2, ongoing: 1 });
    for (const text of ["Haastattelu", "Puutarhuri", "Varastotyöntekijä"])
      assert.ok(!response.body.includes(text), `${who}: ${text}`);
    // The organisation's admin has no employer register permission at all.
    assert.equal((await (await signedIn(s.orgId, null, "org_admin")).get(url())).statusCode, 403);
    const own = (await s.coach.get(url())).json();
    assert.equal(own.contacts[0].nextStep, "Haastattelu", "the clients' own coach sees it");
    assert.deepEqual(own.otherJobs, { count: 0, ongoing: 0 });
  });

  test("anonymous 401, another organisation 404", async () => {
    assert.equal((await t.client().get(url())).statusCode, 401);
    const elsewhere = await buildOrganisation(t.database);
    const stranger = await signedIn(elsewhere.id, (await buildTeam(t.database, elsewhere.id)).id, "coach");
    assert.equal((await stranger.get(url())).statusCode, 404);
  });
});

describe("tenure in whole weeks", () => {
  test("to the end, or to today while the job goes on; never negative", () => {
    for (const [start, end, today, weeks] of [
      ["2025-01-01", "2025-01-14", "2025-06-01", 1],
      ["2025-01-01", "2025-01-15", "2025-06-01", 2],
      ["2025-01-01", null, "2025-01-22", 3],
      ["2025-01-01", "2025-12-31", "2025-01-22", 3],
      ["2025-02-01", null, "2025-01-22", 0],
    ] as const) {
      assert.equal(tenureWeeks(start, end, today), weeks, `${start}–${end} @ ${today}`);
    }
  });
});
