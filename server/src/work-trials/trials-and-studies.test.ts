import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { daysFromToday, setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

describe("work trials and studies", () => {
  let t: TestApp;
  let s: WorkSetup;
  const today = helsinkiDate();

  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
  });
  after(() => t.close());

  test("a work trial is recorded, edited and listed; it is not a job", async () => {
    const created = await s.coach.post(`/api/clients/${s.clientId}/work-trials`, {
      employerName: "Kierrätyskeskus",
      tasks: "Lajittelu",
      startDate: daysFromToday(today, -10),
      hoursPerWeek: 12,
      arrangedBy: "kela",
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    const edited = await s.coach.patch(`/api/clients/${s.clientId}/work-trials/${id}`, { endDate: today });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().endDate, today);
    assert.equal(edited.json().arrangedBy, "kela");
    const before = await s.coach.patch(`/api/clients/${s.clientId}/work-trials/${id}`, {
      endDate: daysFromToday(today, -20),
    });
    assert.equal(before.statusCode, 400);
    assert.ok(before.json().error.fields.endDate);
    const list = await s.coach.get(`/api/clients/${s.clientId}/work-trials`);
    assert.equal(list.json().length, 1);
    assert.equal(list.json()[0].jobId, null);
    const jobs = await s.coach.get(`/api/clients/${s.clientId}/jobs`);
    assert.deepEqual(jobs.json(), []);
  });

  test("a study with an outcome needs an end date; it is recorded, completed and makes the client studying", async () => {
    const body = {
      institution: "Ammattiopisto",
      programme: "Liiketalouden perustutkinto",
      level: "vocational",
      startDate: daysFromToday(today, -5),
    };
    const noEnd = await s.coach.post(`/api/clients/${s.otherClientId}/studies`, {
      ...body,
      outcome: "completed",
    });
    assert.equal(noEnd.statusCode, 400);
    assert.ok(noEnd.json().error.fields.endDate, noEnd.body);
    const reversed = await s.coach.post(`/api/clients/${s.otherClientId}/studies`, {
      ...body,
      endDate: daysFromToday(today, -6),
    });
    assert.equal(reversed.statusCode, 400);
    assert.match(reversed.json().error.fields.endDate, /before the start/);

    const created = await s.coach.post(`/api/clients/${s.otherClientId}/studies`, body);
    assert.equal(created.statusCode, 201, created.body);
    assert.equal((await s.coach.get(`/api/clients/${s.otherClientId}`)).json().phase, "studying");
    const outcomeOnly = await s.coach.patch(`/api/clients/${s.otherClientId}/studies/${created.json().id}`, {
      outcome: "interrupted",
    });
    assert.equal(outcomeOnly.statusCode, 400);
    const done = await s.coach.patch(`/api/clients/${s.otherClientId}/studies/${created.json().id}`, {
      endDate: daysFromToday(today, -1),
      outcome: "completed",
    });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().outcome, "completed");
    const list = await s.coach.get(`/api/clients/${s.otherClientId}/studies`);
    assert.equal(list.json().length, 1);
  });
});
