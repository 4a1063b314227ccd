import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiWallClock } from "../../../core/time/local-time.ts";
import { buildJourney, type Journey } from "../activities/activity-test-setup.ts";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

type Listed = {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
  purpose: string | null;
  series: { id: string; frequency: string; count: number | null; occurrenceDate: string } | null;
};
const clock = (iso: string) => {
  const w = helsinkiWallClock(new Date(iso));
  return `${w.date} ${w.time}`;
};

describe("repeating appointments", () => {
  let t: TestApp;
  let j: Journey;
  // Mondays around the spring change of 2027 (clocks go forward on Sunday 28 March).
  const window = (from = "2027-03-14T00:00:00+02:00", to = "2027-04-30T00:00:00+03:00") =>
    `/api/appointments?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  const book = (repeat: unknown, overrides: Record<string, unknown> = {}) =>
    j.coach.post("/api/appointments", {
      clientId: j.clientId,
      startsAt: "2027-03-15T09:00:00+02:00",
      endsAt: "2027-03-15T10:00:00+02:00",
      place: "office",
      purpose: "Weekly job search",
      repeat,
      ...overrides,
    });
  const seriesOf = async (seriesId: string, path = window()): Promise<Listed[]> =>
    ((await j.coach.get(path)).json() as Listed[]).filter((a) => a.series?.id === seriesId);

  before(async () => {
    t = await createTestApp();
    j = await buildJourney(t, { firstName: "Ville", lastName: "Vuorinen" });
  });
  after(() => t.close());

  test("a weekly series lists each meeting at 9.00 Finnish time across the spring change", async () => {
    const created = await book({ frequency: "weekly", count: 4 });
    assert.equal(created.statusCode, 201, created.body);
    const first = created.json();
    assert.equal(first.series.frequency, "weekly");
    assert.equal(first.series.count, 4);
    assert.equal(first.series.occurrenceDate, "2027-03-15");
    const meetings = await seriesOf(first.series.id);
    assert.deepEqual(
      meetings.map((m) => clock(m.startsAt)),
      ["2027-03-15 09:00", "2027-03-22 09:00", "2027-03-29 09:00", "2027-04-05 09:00"],
    );
    assert.deepEqual(
      meetings.map((m) => m.series?.occurrenceDate),
      ["2027-03-15", "2027-03-22", "2027-03-29", "2027-04-05"],
    );
    assert.equal(new Set(meetings.map((m) => m.id)).size, 4, "each meeting has its own stable id");
    const audit = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "appointment.created")
      .where("target_id", "=", first.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(audit.details, { clientId: j.clientId, occurrences: 4 });
    // Only the meetings inside the asked window are listed.
    const late = (
      (await j.coach.get(window("2027-03-28T00:00:00+02:00", "2027-04-02T00:00:00+03:00"))).json() as Listed[]
    ).filter((a) => a.series?.id === first.series.id);
    assert.deepEqual(
      late.map((m) => m.series?.occurrenceDate),
      ["2027-03-29"],
    );
  });

  test("one meeting moves alone; a series change moves this and the later ones, keeping their days", async () => {
    const first = (await book({ frequency: "weekly", until: "2027-04-05" })).json();
    const [, second, third] = await seriesOf(first.series.id);
    assert.ok(second && third);
    const moved = await j.coach.patch(`/api/appointments/${second.id}`, {
      startsAt: "2027-03-23T13:00:00+02:00",
      endsAt: "2027-03-23T14:00:00+02:00",
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().series.occurrenceDate, "2027-03-22", "a moved meeting keeps its series date");
    const anotherDay = await j.coach.patch(`/api/appointments/${third.id}`, {
      startsAt: "2027-03-30T10:00:00+03:00",
      endsAt: "2027-03-30T11:00:00+03:00",
      scope: "series",
    });
    assert.equal(anotherDay.statusCode, 400, anotherDay.body);
    assert.match(anotherDay.json().error.fields.startsAt, /not its day/);
    const later = await j.coach.patch(`/api/appointments/${third.id}`, {
      startsAt: "2027-03-29T10:00:00+03:00",
      endsAt: "2027-03-29T11:30:00+03:00",
      purpose: "Interview practice",
      scope: "series",
    });
    assert.equal(later.statusCode, 200, later.body);
    const meetings = await seriesOf(first.series.id);
    assert.deepEqual(
      meetings.map((m) => `${clock(m.startsAt)}–${clock(m.endsAt).slice(11)} ${m.purpose}`),
      [
        "2027-03-15 09:00–10:00 Weekly job search",
        "2027-03-23 13:00–14:00 Weekly job search",
        "2027-03-29 10:00–11:30 Interview practice",
        "2027-04-05 10:00–11:30 Interview practice",
      ],
    );
  });

  test("one meeting is marked held; cancelling the series from an earlier one leaves it held", async () => {
    // Meetings in the past (an activity is not recorded ahead of time): 2, 16 and 30 November 2026.
    const autumn = window("2026-11-01T00:00:00+02:00", "2026-12-01T00:00:00+02:00");
    const first = (
      await book(
        { frequency: "biweekly", count: 3 },
        { startsAt: "2026-11-02T09:00:00+02:00", endsAt: "2026-11-02T10:00:00+02:00" },
      )
    ).json();
    const [, second, third] = await seriesOf(first.series.id, autumn);
    assert.ok(second && third);
    const held = await j.coach.post(`/api/appointments/${second.id}/activity`, {
      type: "client_meeting",
      mode: "face_to_face",
      purposes: ["job_search_support"],
    });
    assert.equal(held.statusCode, 201, held.body);
    const cancelledOne = await j.coach.post(`/api/appointments/${first.id}/cancellation`, { reason: "ill" });
    assert.equal(cancelledOne.statusCode, 200, cancelledOne.body);
    let statuses = (await seriesOf(first.series.id, autumn)).map((m) => m.status);
    assert.deepEqual(statuses, ["cancelled", "held", "scheduled"]);
    const rest = await j.coach.post(`/api/appointments/${third.id}/cancellation`, {
      reason: "found work",
      scope: "series",
    });
    assert.equal(rest.statusCode, 200, rest.body);
    statuses = (await seriesOf(first.series.id, autumn)).map((m) => m.status);
    assert.deepEqual(statuses, ["cancelled", "held", "cancelled"]);
  });

  test("a bad repeat is a field error and books nothing", async () => {
    const before = await t.database.db
      .selectFrom("appointment")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const cases: [unknown, string, RegExp][] = [
      [{ frequency: "weekly", count: 0 }, "repeat.count", /at least 1/],
      [{ frequency: "weekly", count: 105 }, "repeat.count", /at most 104/],
      [{ frequency: "weekly", until: "2027-03-14" }, "repeat.until", /cannot end before the first meeting/],
      [{ frequency: "weekly", until: "2029-12-31" }, "repeat.until", /at most 104 meetings/],
      [{ frequency: "weekly" }, "repeat.until", /Fill in/],
      [{ frequency: "weekly", until: "2027-04-01", count: 3 }, "repeat.count", /Choose one/],
      [{ frequency: "daily", count: 3 }, "repeat.frequency", /Choose one/],
      [{ frequency: "weekly", count: 3, rule: "FREQ=DAILY" }, "repeat.rule", /Unknown field/],
    ];
    for (const [repeat, field, message] of cases) {
      const response = await book(repeat);
      assert.equal(response.statusCode, 400, `${JSON.stringify(repeat)} ${response.body}`);
      assert.match(
        response.json().error.fields[field] ?? "",
        message,
        `${JSON.stringify(repeat)} ${response.body}`,
      );
    }
    const afterwards = await t.database.db
      .selectFrom("appointment")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    assert.equal(Number(afterwards.n), Number(before.n));
  });

  test("the gate: anonymous 401, another organisation's client a field error, another coach's series not found", async () => {
    const anonymous = t.client();
    assert.equal((await anonymous.get(window())).statusCode, 401);
    const outsider = await j.stranger.post("/api/appointments", {
      clientId: j.clientId,
      startsAt: "2027-03-15T09:00:00+02:00",
      endsAt: "2027-03-15T10:00:00+02:00",
      place: "office",
      purpose: "x",
      repeat: { frequency: "weekly", count: 2 },
    });
    assert.equal(outsider.statusCode, 400, outsider.body);
    assert.ok(outsider.json().error.fields.clientId);
    const mine = (await book({ frequency: "monthly", count: 2 })).json();
    for (const response of [
      await j.otherCoach.patch(`/api/appointments/${mine.id}`, { purpose: "mine", scope: "series" }),
      await j.otherCoach.post(`/api/appointments/${mine.id}/cancellation`, { reason: "x", scope: "series" }),
    ]) {
      assert.equal(response.statusCode, 404, response.body);
    }
    const theirs = (await j.otherCoach.get(window())).json() as Listed[];
    assert.ok(!theirs.some((a) => a.series?.id === mine.series.id));
  });

  test("a series running past the year 9999 is a field error, not a 500, and books nothing", async () => {
    const before = (await t.database.db.selectFrom("appointment_series").select("id").execute()).length;
    const response = await book(
      { frequency: "weekly", count: 10 },
      { startsAt: "9999-12-20T09:00:00+02:00", endsAt: "9999-12-20T10:00:00+02:00" },
    );
    assert.equal(response.statusCode, 400, response.body);
    assert.ok(response.json().error.fields["repeat.count"], response.body);
    assert.equal(
      (await t.database.db.selectFrom("appointment_series").select("id").execute()).length,
      before,
    );
  });

  test("a series change names the clients of the meetings it touched, not only this meeting's", async () => {
    const other = await buildClientWithConsent(t.database, {
      organisationId: j.orgId,
      ipsTeamId: j.ipsTeamId,
      coachUserId: j.coachId,
    });
    const from = "2027-06-07T09:00:00+03:00";
    const booked = await book(
      { frequency: "weekly", count: 3 },
      { startsAt: from, endsAt: "2027-06-07T10:00:00+03:00" },
    );
    assert.equal(booked.statusCode, 201, booked.body);
    const meetings = await seriesOf(booked.json().series.id, window(from, "2027-06-30T00:00:00+03:00"));
    assert.equal(meetings.length, 3);
    const last = meetings[2] as Listed;
    const moved = await j.coach.patch(`/api/appointments/${last.id}`, { clientId: other.clientId });
    assert.equal(moved.statusCode, 200, moved.body);
    const audited = async (eventType: "appointment.updated" | "appointment.cancelled") =>
      (
        await t.database.db
          .selectFrom("audit_event")
          .select("details")
          .where("event_type", "=", eventType)
          .orderBy("seq", "desc")
          .limit(1)
          .executeTakeFirstOrThrow()
      ).details as { clientId: string; clientIds?: string[]; occurrences?: number };
    const first = (meetings[0] as Listed).id;
    const edited = await j.coach.patch(`/api/appointments/${first}`, { purpose: "Moved", scope: "series" });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.deepEqual(await audited("appointment.updated"), {
      changed: ["purpose"],
      clientId: j.clientId,
      occurrences: 3,
      clientIds: [other.clientId],
    });
    const cancelled = await j.coach.post(`/api/appointments/${first}/cancellation`, {
      reason: "Ended",
      scope: "series",
    });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    assert.deepEqual(await audited("appointment.cancelled"), {
      clientId: j.clientId,
      occurrences: 3,
      clientIds: [other.clientId],
    });
  });
});
