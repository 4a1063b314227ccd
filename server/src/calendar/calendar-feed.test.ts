import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import ICAL from "ical.js";
import { buildJourney, type Journey } from "../activities/activity-test-setup.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { TEST_PUBLIC_URL } from "../platform/testing/test-client.ts";

const HOUR = 3_600_000;
const HETU = "131052-308T";

describe("the iCalendar feed", () => {
  let t: TestApp;
  let j: Journey;
  const booked: Record<string, string> = {};

  before(async () => {
    t = await createTestApp();
    j = await buildJourney(t, { firstName: "Maija", lastName: "Meikäläinen" });
    await t.database.db
      .updateTable("client")
      .set({ henkilotunnus: HETU })
      .where("id", "=", j.clientId)
      .execute();
    await t.database.db.updateTable("user").set({ locale: "fi" }).where("id", "=", j.coachId).execute();
    const book = async (key: string, hours: number, body: Record<string, unknown>) => {
      const startsAt = new Date(Date.now() + hours * HOUR);
      const response = await j.coach.post("/api/appointments", {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
        ...body,
      });
      assert.equal(response.statusCode, 201, response.body);
      booked[key] = response.json().id;
    };
    await book("visit", 24, {
      clientId: j.clientId,
      place: "workplace",
      location: "Teollisuuskatu 1, 2. krs",
      purpose: "Psychosis relapse plan with employer",
    });
    await book("team", 48, { place: "clinic", purpose: "Team meeting" });
    await book("cancelled", 72, { clientId: j.clientId, place: "office", purpose: "Cancelled one" });
    await j.coach.post(`/api/appointments/${booked.cancelled}/cancellation`, { reason: "ill" });
    await book("farAway", 24 * 200, { place: "office", purpose: "Far away" });
  });
  after(() => t.close());

  const feedPath = (url: string) => {
    assert.ok(url.startsWith(`${TEST_PUBLIC_URL}/api/calendar/`), url);
    return url.slice(TEST_PUBLIC_URL.length);
  };
  const anonymous = () => t.client();

  test("the owner turns the feed on; the URL is shown once and only its hash is stored", async () => {
    assert.deepEqual((await j.coach.get("/api/calendar-feed")).json(), { active: false, createdAt: null });
    const created = await j.coach.post("/api/calendar-feed", {});
    assert.equal(created.statusCode, 201, created.body);
    const token = created.json().url.split("/").pop();
    assert.match(token, /^[A-Za-z0-9_-]{43}$/, "32 random bytes, base64url");
    const status = await j.coach.get("/api/calendar-feed");
    assert.equal(status.json().active, true);
    assert.ok(!status.body.includes(token));
    const stored = await t.database.db.selectFrom("calendar_feed").select("token_hash").execute();
    assert.ok(stored.every((row) => row.token_hash !== token && /^[0-9a-f]{64}$/.test(row.token_hash)));
  });

  test("the feed parses, and shows initials and places but no name, henkilötunnus or purpose", async () => {
    const url = (await j.coach.post("/api/calendar-feed", {})).json().url;
    const response = await anonymous().get(feedPath(url));
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers["content-type"], "text/calendar; charset=utf-8");
    assert.equal(response.headers["cache-control"], "no-store");
    assert.equal(response.headers["x-robots-tag"], "noindex");
    assert.equal(response.headers["referrer-policy"], "no-referrer");
    const text = response.body;
    for (const secret of ["Maija", "Meikäläinen", HETU, "Psychosis", "relapse", "Team meeting"]) {
      assert.ok(!text.includes(secret), `the feed must not contain ${secret}`);
    }
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    assert.deepEqual([...byUid.keys()].sort(), [`${booked.team}@polku`, `${booked.visit}@polku`].sort());
    const visit = byUid.get(`${booked.visit}@polku`) as ICAL.Event;
    assert.equal(visit.summary, "IPS MM");
    assert.equal(visit.location, "Työpaikka, Teollisuuskatu 1, 2. krs");
    assert.equal(visit.description, null);
    assert.equal(visit.startDate.zone?.tzid, "UTC");
    const team = byUid.get(`${booked.team}@polku`) as ICAL.Event;
    assert.equal(team.summary, "IPS");
    assert.equal(team.location, "Hoitoyksikkö");
  });

  test("reading the feed is audited as the owner", async () => {
    const url = (await j.coach.post("/api/calendar-feed", {})).json().url;
    await anonymous().get(feedPath(url));
    const row = await t.database.db
      .selectFrom("audit_event")
      .select(["actor_user_id", "details", "organisation_id"])
      .where("event_type", "=", "calendar_feed.read")
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    assert.equal(row.actor_user_id, j.coachId);
    assert.deepEqual((row.details as { clientIds: string[] }).clientIds, [j.clientId]);
  });

  test("rotation invalidates the old URL; revocation the current one; unknown tokens are not found", async () => {
    const first = (await j.coach.post("/api/calendar-feed", {})).json().url;
    const second = (await j.coach.post("/api/calendar-feed", {})).json().url;
    assert.notEqual(first, second);
    assert.equal((await anonymous().get(feedPath(first))).statusCode, 404);
    assert.equal((await anonymous().get(feedPath(second))).statusCode, 200);
    const active = await t.database.db
      .selectFrom("calendar_feed")
      .select("id")
      .where("user_id", "=", j.coachId)
      .where("revoked_at", "is", null)
      .execute();
    assert.equal(active.length, 1);

    const revoked = await j.coach.request("DELETE", "/api/calendar-feed");
    assert.equal(revoked.statusCode, 200, revoked.body);
    assert.equal(revoked.json().active, false);
    assert.equal((await anonymous().get(feedPath(second))).statusCode, 404);
    assert.equal((await anonymous().get("/api/calendar/not-a-real-token")).statusCode, 404);
    assert.equal((await j.coach.get("/api/calendar-feed")).json().active, false);
  });

  test("another person's feed shows none of this coach's appointments", async () => {
    const url = (await j.otherCoach.post("/api/calendar-feed", {})).json().url;
    const text = (await anonymous().get(feedPath(url))).body;
    assert.ok(!text.includes("BEGIN:VEVENT"));
    assert.ok(!text.includes(booked.visit as string));
  });

  test("a client the owner lost leaves the feed: no initials, no address, not in the audit entry", async () => {
    const url = (await j.coach.post("/api/calendar-feed", {})).json().url;
    const before = (await anonymous().get(feedPath(url))).body;
    assert.ok(before.includes("IPS MM"));
    // The client's episode moves to another IPS team: the coach no longer sees the client.
    const elsewhere = await t.database.db
      .insertInto("team")
      .values({ organisation_id: j.orgId, name: "Toinen IPS", kind: "ips_team" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.database.db
      .updateTable("episode_assignment")
      .set({ ips_team_id: elsewhere.id })
      .where("episode_id", "=", j.episodeId)
      .where("valid_to", "is", null)
      .execute();
    assert.equal((await j.coach.get(`/api/clients/${j.clientId}`)).statusCode, 404);
    const response = await anonymous().get(feedPath(url));
    assert.equal(response.statusCode, 200);
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    const visit = calendar
      .getAllSubcomponents("vevent")
      .map((e) => new ICAL.Event(e))
      .find((e) => e.uid === `${booked.visit}@polku`) as ICAL.Event;
    assert.equal(visit.summary, "IPS", "the slot stays busy, without initials");
    assert.equal(visit.location, "Työpaikka");
    assert.ok(!response.body.includes("IPS MM") && !response.body.includes("Teollisuuskatu"));
    const entry = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "calendar_feed.read")
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    assert.deepEqual((entry.details as { clientIds: string[] }).clientIds, []);
  });

  test("the feed stops when the owner's last role in any organisation ends", async () => {
    const url = (await j.coach.post("/api/calendar-feed", {})).json().url;
    assert.equal((await anonymous().get(feedPath(url))).statusCode, 200);
    await t.database.db
      .updateTable("membership")
      .set({ valid_to: new Date() })
      .where("user_id", "=", j.coachId)
      .where("valid_to", "is", null)
      .execute();
    assert.equal((await anonymous().get(feedPath(url))).statusCode, 404);
  });
});
