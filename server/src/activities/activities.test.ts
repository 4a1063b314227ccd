import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { activityBody, buildJourney, type Journey } from "./activity-test-setup.ts";

describe("activities: record, edit with history, retract", () => {
  let t: TestApp;
  let j: Journey;
  let base: string;

  before(async () => {
    t = await createTestApp();
    j = await buildJourney(t);
    base = `/api/clients/${j.clientId}/activities`;
  });
  after(() => t.close());

  const audits = async (eventType: string) =>
    Number(
      (
        await t.database.db
          .selectFrom("audit_event")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("event_type", "=", eventType)
          .executeTakeFirstOrThrow()
      ).n,
    );

  test("a coach records an activity on the client's current episode", async () => {
    const before = await audits("activity.recorded");
    const response = await j.coach.post(base, activityBody({ participants: ["client", "client"] }));
    assert.equal(response.statusCode, 201, response.body);
    const body = response.json();
    assert.equal(body.type, "workplace_visit");
    assert.equal(body.access, "full");
    assert.equal(body.details.episodeId, j.episodeId);
    assert.equal(body.details.version, 1);
    assert.deepEqual(body.details.participants, ["client"], "duplicates are dropped");
    assert.equal(body.details.retraction, null);
    assert.equal(body.canEdit, true);
    assert.equal(await audits("activity.recorded"), before + 1);
  });

  test("an edit keeps the previous version; the revisions list it", async () => {
    const created = (await j.coach.post(base, activityBody({ notes: "first words" }))).json();
    const edited = await j.coach.patch(`${base}/${created.id}`, {
      notes: "second words",
      durationMinutes: 45,
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().notes, "second words");
    assert.equal(edited.json().details.version, 2);
    assert.equal(edited.json().details.durationMinutes, 45);
    const again = await j.lead.patch(`${base}/${created.id}`, { notes: "third words" });
    assert.equal(again.statusCode, 200, "a team leader of the client's team may correct it");
    assert.equal(again.json().details.version, 3);

    const revisions = await j.coach.get(`${base}/${created.id}/revisions`);
    assert.equal(revisions.statusCode, 200, revisions.body);
    const list = revisions.json();
    assert.deepEqual(
      list.map((r: { version: number; content: { notes: string } }) => [r.version, r.content.notes]),
      [
        [2, "second words"],
        [1, "first words"],
      ],
    );
    assert.equal(list[1].content.durationMinutes, 60);

    const unchanged = await j.coach.patch(`${base}/${created.id}`, { notes: "third words" });
    assert.equal(unchanged.json().details.version, 3, "saving the same content adds no version");
  });

  test("only the author or a team leader may edit or retract; others get 403, audited", async () => {
    const created = (await j.coach.post(base, activityBody())).json();
    const denials = await audits("access.denied");
    const edit = await j.otherCoach.patch(`${base}/${created.id}`, { notes: "not mine" });
    assert.equal(edit.statusCode, 403);
    assert.equal(edit.json().error.code, "forbidden");
    const retract = await j.otherCoach.post(`${base}/${created.id}/retraction`, { reason: "mistake" });
    assert.equal(retract.statusCode, 403);
    assert.equal(await audits("access.denied"), denials + 2);
    const listed = (await j.otherCoach.get(base)).json();
    const seen = listed.items.find((a: { id: string }) => a.id === created.id);
    assert.equal(seen.canEdit, false, "the presenter says what the server enforces");
    const row = await t.database.db
      .selectFrom("activity")
      .select(["notes", "version"])
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { notes: created.notes, version: 1 });
  });

  test("a retracted activity stays listed, flagged, and no longer counts", async () => {
    const outreach = async () =>
      (await j.coach.get(`/api/clients/${j.clientId}`)).json().episodes[0].outreachAttempts as number;
    const start = await outreach();
    const created = (
      await j.coach.post(
        base,
        activityBody({ type: "outreach_attempt", mode: "phone", place: "remote", purposes: ["outreach"] }),
      )
    ).json();
    assert.equal(await outreach(), start + 1);
    const retracted = await j.coach.post(`${base}/${created.id}/retraction`, { reason: "wrong client" });
    assert.equal(retracted.statusCode, 200, retracted.body);
    assert.equal(retracted.json().details.retraction.reason, "wrong client");
    assert.equal(retracted.json().canEdit, false);
    assert.equal(await outreach(), start, "excluded from counts");

    const listed = (await j.coach.get(base)).json();
    const item = listed.items.find((a: { id: string }) => a.id === created.id);
    assert.ok(item.details.retraction, "still listed for the IPS team, flagged");
    assert.equal((await j.coach.patch(`${base}/${created.id}`, { notes: "x" })).statusCode, 409);
    assert.equal(
      (await j.coach.post(`${base}/${created.id}/retraction`, { reason: "again" })).statusCode,
      409,
    );
    const rows = await t.database.db
      .selectFrom("activity")
      .select("id")
      .where("id", "=", created.id)
      .execute();
    assert.equal(rows.length, 1, "nothing is deleted");
  });

  test("an employer of another organisation, a job of another client or a far-future time is a field error", async () => {
    const otherOrg = await t.database.db
      .insertInto("organisation")
      .values({ name: "Elsewhere Oy", type: "other" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const foreign = await t.database.db
      .insertInto("employer")
      .values({ organisation_id: otherOrg.id, name: "Foreign Oy", created_by: j.coachId })
      .returning("id")
      .executeTakeFirstOrThrow();
    const own = await t.database.db
      .insertInto("employer")
      .values({ organisation_id: j.orgId, name: "Own Oy", created_by: j.coachId })
      .returning("id")
      .executeTakeFirstOrThrow();
    const bad = await j.coach.post(base, activityBody({ employerId: foreign.id }));
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.employerId, bad.body);
    const badJob = await j.coach.post(base, activityBody({ jobId: crypto.randomUUID() }));
    assert.equal(badJob.statusCode, 400);
    assert.ok(badJob.json().error.fields.jobId, badJob.body);
    const future = await j.coach.post(
      base,
      activityBody({ occurredAt: new Date(Date.now() + 2 * 86_400_000).toISOString() }),
    );
    assert.equal(future.statusCode, 400);
    assert.ok(future.json().error.fields.occurredAt, future.body);
    const tooLong = await j.coach.post(base, activityBody({ durationMinutes: 1441, purposes: [] }));
    assert.equal(tooLong.statusCode, 400);
    assert.ok(tooLong.json().error.fields.durationMinutes && tooLong.json().error.fields.purposes);
    const good = await j.coach.post(base, activityBody({ employerId: own.id, type: "employer_contact" }));
    assert.equal(good.statusCode, 201, good.body);
    assert.equal(good.json().details.employerId, own.id);
  });

  test("the list is newest first and paged", async () => {
    const page = async (offset: number) => (await j.coach.get(`${base}?limit=2&offset=${offset}`)).json();
    const first = await page(0);
    assert.equal(first.items.length, 2);
    assert.ok(first.total >= 5);
    assert.equal(first.nextOffset, 2);
    const times = [...first.items, ...(await page(2)).items].map((a: { occurredAt: string }) => a.occurredAt);
    assert.deepEqual(times, [...times].sort().reverse());
  });
});
