import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { lastWeeks } from "../../../core/job-development/weekly.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { contactBody, type JobDevelopmentSetup, setUpJobDevelopment } from "./job-development-test-setup.ts";

describe("the weekly picture", () => {
  let t: TestApp;
  let s: JobDevelopmentSetup;
  // A finished week (last week) and the one before it; their index in a 12-week picture.
  const weeks = lastWeeks(helsinkiDate(), 12);
  const lastWeek = weeks[10] as string;
  const weekBefore = weeks[9] as string;
  const at = (monday: string, day: number, hour = 9) => {
    const d = new Date(`${monday}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + day);
    d.setUTCHours(hour);
    return d.toISOString();
  };

  before(async () => {
    t = await createTestApp();
    s = await setUpJobDevelopment(t);
    const { kahvila, kauppa, varasto, hotelli } = s.employers;
    const record = async (who: typeof s.coachA, body: Record<string, unknown>) => {
      const response = await who.post(`${s.base}/employer-contacts`, body);
      assert.equal(response.statusCode, 201, response.body);
      return response.json().contact.id as string;
    };
    // Coach A, last week: 6 face to face at 3 employers, presenting 2 job seekers, an interview
    // and a hire; a phone call that is no face-to-face contact; one contact retracted.
    await record(s.coachA, contactBody(kahvila, at(lastWeek, 0)));
    await record(
      s.coachA,
      contactBody(kahvila, at(lastWeek, 0, 12), {
        clientIds: [s.c1, s.c2],
        purposes: ["present_job_seeker"],
      }),
    );
    await record(s.coachA, contactBody(kauppa, at(lastWeek, 1)));
    await record(
      s.coachA,
      contactBody(kauppa, at(lastWeek, 2), { clientIds: [s.c1], outcome: "interview_agreed" }),
    );
    await record(
      s.coachA,
      contactBody(varasto, at(lastWeek, 3), { clientIds: [s.c2], outcome: "opening_found" }),
    );
    await record(
      s.coachA,
      contactBody(varasto, at(lastWeek, 4), {
        clientIds: [s.c2],
        purposes: ["negotiate_job"],
        outcome: "hire",
      }),
    );
    await record(s.coachA, contactBody(kahvila, at(lastWeek, 4, 13), { faceToFace: false }));
    const mistaken = await record(s.coachA, contactBody(hotelli, at(lastWeek, 1, 14)));
    const byOther = await s.coachA2.post(`${s.base}/employer-contacts/${mistaken}/retraction`, {
      reason: "x",
    });
    assert.equal(byOther.statusCode, 403, "only the author retracts");
    const retracted = await s.coachA.post(`${s.base}/employer-contacts/${mistaken}/retraction`, {
      reason: "Kirjattu väärälle päivälle",
    });
    assert.equal(retracted.statusCode, 204, retracted.body);
    // The week before: one contact. Coach A2, last week: one contact at a fourth employer.
    await record(s.coachA, contactBody(kahvila, at(weekBefore, 2)));
    await record(s.coachA2, contactBody(hotelli, at(lastWeek, 2)));
  });
  after(() => t.close());

  const empty = (weekStart: string) => ({
    weekStart,
    faceToFaceContacts: 0,
    distinctEmployers: 0,
    jobSeekersPresented: 0,
    interviews: 0,
    hires: 0,
  });

  test("a coach sees their own weeks with the exact counts, against 6 × FTE", async () => {
    const response = await s.coachA.get("/api/job-development/weekly?weeks=12");
    assert.equal(response.statusCode, 200, response.body);
    const picture = response.json();
    assert.equal(picture.target, 6);
    assert.equal(picture.team, null, "a coach who leads no team has no team total");
    assert.equal(picture.coaches.length, 1);
    const [mine] = picture.coaches;
    assert.equal(mine.coachUserId, s.coachAId);
    assert.equal(mine.fte, 0.5);
    assert.equal(mine.target, 3);
    assert.equal(mine.weeks.length, 12);
    assert.deepEqual(mine.weeks[10], {
      weekStart: lastWeek,
      faceToFaceContacts: 6,
      distinctEmployers: 3,
      jobSeekersPresented: 2,
      interviews: 1,
      hires: 1,
    });
    assert.deepEqual(mine.weeks[9], { ...empty(weekBefore), faceToFaceContacts: 1, distinctEmployers: 1 });
    assert.deepEqual(mine.weeks[11], empty(weeks[11] as string));
  });

  test("the team leader sees every coach of the team and the team total", async () => {
    const response = await s.lead.get("/api/job-development/weekly?weeks=4");
    assert.equal(response.statusCode, 200, response.body);
    const picture = response.json();
    const ids = picture.coaches.map((c: { coachUserId: string }) => c.coachUserId).sort();
    assert.deepEqual(ids, [s.coachAId, s.coachA2Id].sort(), "both coaches of team A, not team B's");
    const a2 = picture.coaches.find((c: { coachUserId: string }) => c.coachUserId === s.coachA2Id);
    assert.equal(a2.target, 6, "FTE not recorded: full time");
    assert.equal(picture.team.length, 4);
    assert.deepEqual(picture.team[2], {
      weekStart: lastWeek,
      faceToFaceContacts: 7,
      distinctEmployers: 4,
      jobSeekersPresented: 2,
      interviews: 1,
      hires: 1,
    });
    const audited = await t.database.db
      .selectFrom("audit_event")
      .select("seq")
      .where("event_type", "=", "weekly_picture.viewed")
      .execute();
    assert.ok(audited.length >= 1);
  });

  test("the coach's own list is theirs; the team leader's holds the team's", async () => {
    const own = (await s.coachA2.get(`${s.base}/employer-contacts`)).json();
    assert.equal(own.length, 1);
    const team = await s.lead.get(`${s.base}/employer-contacts?limit=200`);
    assert.equal(team.statusCode, 200, team.body);
    assert.equal(team.json().length, 9, "8 of coach A (the retracted one left out) and 1 of coach A2");
    const anonymous = await t.client().get("/api/job-development/weekly");
    assert.equal(anonymous.statusCode, 401);
  });
});
