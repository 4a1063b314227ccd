import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { type JobDevelopmentSetup, setUpJobDevelopment } from "./job-development-test-setup.ts";

describe("job leads: suggestions, candidates and the hire", () => {
  let t: TestApp;
  let s: JobDevelopmentSetup;
  let leadId: string;
  const today = helsinkiDate();
  const searchPlan = (hoursPerWeekMin: number, hoursPerWeekMax: number) => ({
    content: {
      targetOccupations: [{ title: "Barista", occupationCode: "5131" }],
      targetIndustries: ["I"],
      hoursPerWeekMin,
      hoursPerWeekMax,
      municipalities: ["Tampere"],
    },
  });

  before(async () => {
    t = await createTestApp();
    s = await setUpJobDevelopment(t);
    // Aino wants 10–25 hours as a barista; Eero wants the same work but full time.
    for (const [clientId, min, max] of [
      [s.c1, 10, 25],
      [s.c2, 30, 40],
    ] as const) {
      const saved = await s.coachA.post(
        `/api/clients/${clientId}/plans/job_search_plan`,
        searchPlan(min, max),
      );
      assert.equal(saved.statusCode, 201, saved.body);
    }
    const created = await s.coachA.post(`${s.base}/job-leads`, {
      employerId: s.employers.kahvila,
      title: "Barista",
      occupationCode: "51312",
      hoursPerWeek: 20,
      advertised: false,
      notes: "Löytyi käynnillä",
    });
    assert.equal(created.statusCode, 201, created.body);
    leadId = created.json().id;
    assert.equal(created.json().status, "open");
    assert.equal(created.json().hoursPerWeek, 20);
  });
  after(() => t.close());

  const lead = () => `${s.base}/job-leads/${leadId}`;
  const stage = (body: Record<string, unknown>) => s.coachA.post(`${lead()}/candidates/${s.c1}/stage`, body);

  test("suggestions find the job seeker whose plan fits, not the one whose hours do not", async () => {
    const response = await s.coachA.get(`${lead()}/suggestions`);
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json(), [
      {
        clientId: s.c1,
        name: "Aino Virtanen",
        phase: "career_profile",
        matchedOn: ["occupation", "industry", "hours", "municipality"],
      },
    ]);
    const other = await s.coachB.get(`${lead()}/suggestions`);
    assert.deepEqual(other.json(), [], "only clients the caller works in full");
  });

  test("a candidate is presented, interviewed and hired: the job starts and the lead closes", async () => {
    const notTheirs = await s.coachB.post(`${lead()}/candidates`, { clientId: s.c1 });
    assert.equal(notTheirs.statusCode, 400);
    const added = await s.coachA.post(`${lead()}/candidates`, { clientId: s.c1 });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.json().candidates[0].stage, "matched");
    assert.equal((await s.coachA.post(`${lead()}/candidates`, { clientId: s.c1 })).statusCode, 409);
    assert.deepEqual(
      (await s.coachA.get(`${lead()}/suggestions`)).json(),
      [],
      "a candidate is not suggested",
    );

    const presented = await stage({ stage: "presented" });
    assert.equal(presented.statusCode, 200, presented.body);
    assert.equal(presented.json().status, "presented");
    const interview = await stage({ stage: "interview" });
    assert.equal(interview.json().status, "interview");
    const hired = await stage({ stage: "hired", job: { startDate: today, contractType: "open_ended" } });
    assert.equal(hired.statusCode, 200, hired.body);
    assert.equal(hired.json().status, "hired");
    const [candidate] = hired.json().candidates;
    assert.equal(candidate.stage, "hired");
    assert.ok(candidate.jobId);

    const jobs = (await s.coachA.get(`/api/clients/${s.c1}/jobs`)).json();
    assert.equal(jobs.length, 1);
    assert.equal(jobs[0].id, candidate.jobId);
    assert.equal(jobs[0].employerName, "Kahvila Aamu Oy");
    assert.equal(jobs[0].title, "Barista");
    assert.equal(jobs[0].hoursPerWeek, 20, "the lead's hours");
    assert.equal((await s.coachA.get(`/api/clients/${s.c1}`)).json().phase, "working");
    const closed = await t.database.db
      .selectFrom("job_lead")
      .select("closed_at")
      .where("id", "=", leadId)
      .executeTakeFirstOrThrow();
    assert.ok(closed.closed_at, "a hire closes the lead");
    assert.equal((await stage({ stage: "not_selected" })).statusCode, 409);
    assert.equal((await s.coachA.patch(lead(), { closed: false })).statusCode, 409);

    const week = (await s.coachA.get("/api/job-development/weekly?weeks=1")).json().coaches[0].weeks[0];
    assert.deepEqual(
      [week.jobSeekersPresented, week.interviews, week.hires, week.faceToFaceContacts],
      [1, 1, 1, 0],
      "the lead's steps count in the week they happened",
    );
  });

  test("the team sees the lead and its candidate only as access allows; other organisations do not", async () => {
    const seen = (await s.coachB.get(`${s.base}/job-leads?status=hired`)).json();
    assert.equal(seen.length, 1);
    assert.deepEqual(seen[0].candidates, []);
    assert.equal(seen[0].otherCandidates, 1);
    assert.equal((await s.outsider.get(lead())).statusCode, 404);
    assert.equal((await s.coachA.get(`${s.base}/job-leads/${crypto.randomUUID()}`)).statusCode, 404);
    assert.equal((await s.coachA.get(`${s.base}/job-leads?status=open`)).json().length, 0);
  });

  test("a lead closes and reopens without a hire", async () => {
    const created = await s.coachA.post(`${s.base}/job-leads`, {
      employerId: s.employers.kauppa,
      title: "Myyjä",
      advertised: true,
    });
    const id = created.json().id;
    const closed = await s.coachA.patch(`${s.base}/job-leads/${id}`, {
      closed: true,
      notes: "Paikka täytetty",
    });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().status, "closed");
    assert.equal(
      (await s.coachA.post(`${s.base}/job-leads/${id}/candidates`, { clientId: s.c2 })).statusCode,
      409,
    );
    const reopened = await s.coachA.patch(`${s.base}/job-leads/${id}`, { closed: false });
    assert.equal(reopened.json().status, "open");
  });
});
