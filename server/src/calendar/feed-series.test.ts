import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import ICAL from "ical.js";
import { addDays, helsinkiDate } from "../../../core/time/dates.ts";
import { helsinkiLocalToIso } from "../../../core/time/local-time.ts";
import { buildJourney, type Journey } from "../activities/activity-test-setup.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { TEST_PUBLIC_URL } from "../platform/testing/test-client.ts";

describe("a repeating appointment in the iCalendar feed", () => {
  let t: TestApp;
  let j: Journey;
  const day = (n: number) => addDays(helsinkiDate(), n);
  const at = (date: string, time: string) => helsinkiLocalToIso(`${date}T${time}`) ?? "";

  before(async () => {
    t = await createTestApp();
    j = await buildJourney(t, { firstName: "Ville", lastName: "Vuorinen" });
  });
  after(() => t.close());

  test("the feed writes the rule, the cancelled meeting as EXDATE and the moved one as an override", async () => {
    const first = await j.coach.post("/api/appointments", {
      clientId: j.clientId,
      startsAt: at(day(1), "09:00"),
      endsAt: at(day(1), "10:00"),
      place: "office",
      location: "Huone 3",
      purpose: "Weekly job search about relapse",
      repeat: { frequency: "weekly", count: 4 },
    });
    assert.equal(first.statusCode, 201, first.body);
    const window = `from=${encodeURIComponent(at(day(0), "00:00"))}&to=${encodeURIComponent(at(day(30), "00:00"))}`;
    const meetings = (await j.coach.get(`/api/appointments?${window}`)).json();
    assert.equal(meetings.length, 4);
    const cancelled = await j.coach.post(`/api/appointments/${meetings[1].id}/cancellation`, {
      reason: "ill",
    });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    const moved = await j.coach.patch(`/api/appointments/${meetings[2].id}`, {
      startsAt: at(day(16), "13:00"),
      endsAt: at(day(16), "14:00"),
    });
    assert.equal(moved.statusCode, 200, moved.body);

    const url: string = (await j.coach.post("/api/calendar-feed", {})).json().url;
    const feed = await t.client().get(url.slice(TEST_PUBLIC_URL.length));
    assert.equal(feed.statusCode, 200, feed.body);
    const text = feed.body.replace(/\r\n /g, "");
    assert.doesNotMatch(text, /relapse|Ville|Vuorinen/, "the feed says no more than a diary on a desk");
    const compact = (date: string) => date.replace(/-/g, "");
    assert.match(text, /\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=4\r\n/);
    assert.match(text, new RegExp(`\\r\\nDTSTART;TZID=Europe/Helsinki:${compact(day(1))}T090000\\r\\n`));
    assert.match(text, new RegExp(`\\r\\nEXDATE;TZID=Europe/Helsinki:${compact(day(8))}T090000\\r\\n`));
    assert.match(
      text,
      new RegExp(`\\r\\nRECURRENCE-ID;TZID=Europe/Helsinki:${compact(day(15))}T090000\\r\\n`),
    );
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = calendar.getAllSubcomponents("vevent");
    assert.equal(events.length, 2, "one repeating event and one override");
    assert.ok(events.every((e) => e.getFirstPropertyValue("summary") === "IPS VV"));
    const audit = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "calendar_feed.read")
      .where("actor_user_id", "=", j.coachId)
      .executeTakeFirstOrThrow();
    const details = audit.details as { events: number; clientIds: string[] };
    assert.equal(details.events, 2);
    assert.deepEqual(details.clientIds, [j.clientId], "the read names the client the series showed");
  });
});
