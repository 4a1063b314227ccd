import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { daysFromToday, setUpWork, type WorkSetup } from "./work-test-setup.ts";

describe("jobs", () => {
  let t: TestApp;
  let s: WorkSetup;
  const today = helsinkiDate();
  const jobBody = (extra: Record<string, unknown> = {}) => ({
    employerName: "Kahvila Aamu Oy",
    title: "Barista",
    occupation: "Kahvilatyöntekijä",
    occupationCode: "51312",
    startDate: daysFromToday(today, -30),
    hoursPerWeek: 20,
    hourlyWage: 12.5,
    contractType: "open_ended",
    ...extra,
  });
  const phase = async () => (await s.coach.get(`/api/clients/${s.clientId}`)).json().phase;

  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
  });
  after(() => t.close());

  test("recording a job makes the client working; ending it (after a career profile) returns to job search", async () => {
    const profile = await s.coach.post(`/api/clients/${s.clientId}/plans/career_profile`, {
      content: { strengths: "Asiakaspalvelu" },
    });
    assert.equal(profile.statusCode, 201, profile.body);
    assert.equal(await phase(), "job_search");

    const created = await s.coach.post(`/api/clients/${s.clientId}/jobs`, jobBody());
    assert.equal(created.statusCode, 201, created.body);
    const job = created.json();
    assert.equal(job.employerName, "Kahvila Aamu Oy");
    assert.equal(job.hourlyWage, 12.5);
    assert.equal(job.competitive, true);
    assert.deepEqual(job.competitiveRules, { id: "polku-competitive", version: 1 });
    assert.equal(await phase(), "working");

    const edited = await s.coach.patch(`/api/clients/${s.clientId}/jobs/${job.id}`, {
      hoursPerWeek: 25,
      notes: "x",
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().hoursPerWeek, 25);
    assert.equal(edited.json().title, "Barista", "fields left out keep their value");

    const ended = await s.coach.post(`/api/clients/${s.clientId}/jobs/${job.id}/ending`, {
      endDate: daysFromToday(today, -1),
      endReason: "resigned_for_better_job",
      endLearnedOn: daysFromToday(today, -1),
    });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(ended.json().endReason, "resigned_for_better_job");
    assert.equal(await phase(), "job_search");

    const audit = await t.database.db
      .selectFrom("audit_event")
      .select("event_type")
      .where("target_id", "=", s.clientId)
      .where("event_type", "in", ["job.recorded", "job.updated"])
      .execute();
    assert.equal(audit.length, 3, "recorded, edited, ended");
    const employerCreated = await t.database.db
      .selectFrom("audit_event")
      .select("event_type")
      .where("target_id", "=", job.employerId)
      .executeTakeFirst();
    assert.equal(employerCreated?.event_type, "employer.created", "the employer named on the fly is audited");
  });

  test("the competitive flag follows the core rule: subsidy counts, set-aside and unpaid do not", async () => {
    const cases: Array<[Record<string, unknown>, boolean]> = [
      [{ wageSubsidy: true }, true],
      [{ setAside: true }, false],
      [{ hourlyWage: null }, false],
      [{ contractType: "self_employed", hourlyWage: null }, true],
    ];
    for (const [extra, competitive] of cases) {
      const response = await s.coach.post(`/api/clients/${s.otherClientId}/jobs`, jobBody(extra));
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.json().competitive, competitive, JSON.stringify(extra));
    }
  });

  test("an end before the start is a field error, and nothing is saved", async () => {
    const before = await s.coach.get(`/api/clients/${s.clientId}/jobs`);
    const response = await s.coach.post(
      `/api/clients/${s.clientId}/jobs`,
      jobBody({ endDate: daysFromToday(today, -40), endReason: "other" }),
    );
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().error.code, "validation_failed");
    assert.match(response.json().error.fields.endDate, /before the start/);
    const noReason = await s.coach.post(`/api/clients/${s.clientId}/jobs`, jobBody({ endDate: today }));
    assert.ok(noReason.json().error.fields.endReason, noReason.body);
    // "more than 0 hours" is said as such, not as "at least 0" (found trying it in the browser).
    const noHours = await s.coach.post(`/api/clients/${s.clientId}/jobs`, jobBody({ hoursPerWeek: 0 }));
    assert.equal(noHours.statusCode, 400);
    assert.equal(noHours.json().error.fields.hoursPerWeek, "The value must be greater than 0.");
    const afterList = await s.coach.get(`/api/clients/${s.clientId}/jobs`);
    assert.equal(afterList.json().length, before.json().length);
  });

  test("an hourly wage is 0–200 €/h: 1280 (a pasted 12.80 read as thousands) is refused with the range", async () => {
    const before = await s.coach.get(`/api/clients/${s.clientId}/jobs`);
    const response = await s.coach.post(`/api/clients/${s.clientId}/jobs`, jobBody({ hourlyWage: 1280 }));
    assert.equal(response.statusCode, 400, response.body);
    assert.equal(
      response.json().error.fields.hourlyWage,
      "Type the hourly wage in euros, 0–200 €/h, for example 12.80.",
    );
    const afterList = await s.coach.get(`/api/clients/${s.clientId}/jobs`);
    assert.equal(afterList.json().length, before.json().length, "nothing is saved");
  });

  test("an employer must be named, and a picked one must belong to the client's organisation", async () => {
    const none = await s.coach.post(`/api/clients/${s.clientId}/jobs`, jobBody({ employerName: undefined }));
    assert.equal(none.statusCode, 400);
    // The contract's own rule, beside the field's other problems: "fill in", not a zod default.
    assert.equal(none.json().error.fields.employerId, "Fill in this field.");
    const stranger = await s.coach.post(
      `/api/clients/${s.clientId}/jobs`,
      jobBody({ employerName: undefined, employerId: "00000000-0000-4000-8000-000000000000" }),
    );
    assert.equal(stranger.statusCode, 400);
    assert.ok(stranger.json().error.fields.employerId);
  });

  test("a work trial that turns into a paid job links to it; another client's trial is refused", async () => {
    const trial = await s.coach.post(`/api/clients/${s.clientId}/work-trials`, {
      employerName: "Kirjasto",
      tasks: "Hyllytys",
      startDate: daysFromToday(today, -60),
      endDate: daysFromToday(today, -31),
      arrangedBy: "employment_services",
    });
    assert.equal(trial.statusCode, 201, trial.body);
    const trialId = trial.json().id;

    const foreign = await s.coach.post(
      `/api/clients/${s.otherClientId}/jobs`,
      jobBody({ workTrialId: trialId }),
    );
    assert.equal(foreign.statusCode, 400);
    assert.ok(foreign.json().error.fields.workTrialId);

    const job = await s.coach.post(
      `/api/clients/${s.clientId}/jobs`,
      jobBody({ employerName: "kirjasto", workTrialId: trialId }),
    );
    assert.equal(job.statusCode, 201, job.body);
    assert.equal(job.json().workTrialId, trialId);
    assert.equal(
      job.json().employerId,
      trial.json().employerId,
      "the same register entry, whatever the case",
    );
    const trials = await s.coach.get(`/api/clients/${s.clientId}/work-trials`);
    assert.equal(trials.json()[0].jobId, job.json().id);
  });
});
