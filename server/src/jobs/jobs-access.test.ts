import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { setUpWork, type WorkSetup } from "./work-test-setup.ts";

/** The sharing rule for work: a consented treatment team sees that the client works, nothing more. */
describe("jobs seen by a consented treatment team", () => {
  let t: TestApp;
  let s: WorkSetup;
  let jobId: string;
  const today = helsinkiDate();

  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
    const job = await s.coach.post(`/api/clients/${s.clientId}/jobs`, {
      employerName: "Puutarha Oy",
      title: "Puutarhuri",
      startDate: today,
      hoursPerWeek: 15,
      hourlyWage: 13,
      contractType: "fixed_term",
      notes: "Ei jaeta",
    });
    assert.equal(job.statusCode, 201, job.body);
    jobId = job.json().id;
  });
  after(() => t.close());

  test("the clinician lists jobs with employer, title, dates and hours, but no wage or notes", async () => {
    const response = await s.clinician.get(`/api/clients/${s.clientId}/jobs`);
    assert.equal(response.statusCode, 200, response.body);
    const [job] = response.json();
    assert.deepEqual(Object.keys(job).sort(), [
      "employerName",
      "endDate",
      "hoursPerWeek",
      "id",
      "startDate",
      "title",
      "view",
    ]);
    assert.equal(job.view, "shared");
    assert.equal(job.employerName, "Puutarha Oy");
    assert.doesNotMatch(response.body, /Ei jaeta|hourlyWage|13\.?0?,/);
    const coachView = (await s.coach.get(`/api/clients/${s.clientId}/jobs`)).json()[0];
    assert.equal(coachView.hourlyWage, 13);
  });

  test("the clinician cannot record, edit or end jobs, nor read or save plans (403)", async () => {
    const attempts = [
      s.clinician.post(`/api/clients/${s.clientId}/jobs`, {}),
      s.clinician.patch(`/api/clients/${s.clientId}/jobs/${jobId}`, { hoursPerWeek: 1 }),
      s.clinician.post(`/api/clients/${s.clientId}/jobs/${jobId}/ending`, {}),
      s.clinician.get(`/api/clients/${s.clientId}/plans/career_profile`),
      s.clinician.get(`/api/clients/${s.clientId}/plans/disclosure_plan/versions/1`),
      s.clinician.post(`/api/clients/${s.clientId}/plans/benefits_planning`, { content: {} }),
      s.clinician.get(`/api/clients/${s.clientId}/work-trials`),
      s.clinician.get(`/api/clients/${s.clientId}/studies`),
    ];
    for (const response of await Promise.all(attempts)) {
      assert.equal(response.statusCode, 403, response.body);
      assert.equal(response.json().error.code, "forbidden");
    }
  });

  test("after the client withdraws the consent the jobs are not found for the clinician", async () => {
    const consent = await t.database.db
      .selectFrom("consent")
      .select("id")
      .where("client_id", "=", s.clientId)
      .executeTakeFirstOrThrow();
    const withdrawn = await s.coach.post(`/api/clients/${s.clientId}/consents/${consent.id}/withdrawal`, {
      withdrawnOn: today,
    });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    const response = await s.clinician.get(`/api/clients/${s.clientId}/jobs`);
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.code, "not_found");
  });
});
