import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { activityBody, buildJourney, type Journey } from "./activity-test-setup.ts";

/**
 * A draft sent from the offline queue carries an Idempotency-Key (ADR 0016): the same key from the
 * same person answers the first activity and writes nothing more. Runs on PGlite and, in CI, on
 * PostgreSQL 15, where concurrent duplicates wait on the key's primary key.
 */
describe("recording an activity with an idempotency key", () => {
  let t: TestApp;
  let j: Journey;
  let base: string;

  before(async () => {
    t = await createTestApp();
    j = await buildJourney(t);
    base = `/api/clients/${j.clientId}/activities`;
  });
  after(() => t.close());

  const count = async (table: "activity" | "audit_event", clientId = j.clientId) => {
    const rows =
      table === "activity"
        ? await t.database.db.selectFrom("activity").select("id").where("client_id", "=", clientId).execute()
        : await t.database.db
            .selectFrom("audit_event")
            .select("seq")
            .where("event_type", "=", "activity.recorded")
            .where("target_id", "=", clientId)
            .execute();
    return rows.length;
  };
  // One body for the repeats: activityBody() stamps the time it is called.
  const sameBody = activityBody();
  const send = (key: string, body: object = sameBody, client = j.coach, url = base) =>
    client.request("POST", url, body, { "content-type": "application/json", "idempotency-key": key });

  test("the same key twice is one activity, one audit entry, and the first answer", async () => {
    const [activities, audits] = [await count("activity"), await count("audit_event")];
    const key = randomUUID();
    const body = activityBody({ notes: "first send" });
    const first = await send(key, body);
    assert.equal(first.statusCode, 201, first.body);
    const again = await send(key, { ...body });
    assert.equal(again.statusCode, 201, again.body);
    assert.equal(again.json().id, first.json().id);
    assert.equal(again.json().notes, "first send");
    assert.equal(await count("activity"), activities + 1);
    assert.equal(await count("audit_event"), audits + 1);
    // The repeat's answer shows the record again: a read, audited in the same transaction.
    const read = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "activity.listed")
      .where("target_id", "=", j.clientId)
      .orderBy("seq", "desc")
      .executeTakeFirst();
    assert.deepEqual(read?.details, { access: "full", activityIds: [first.json().id] });
  });

  test("concurrent duplicates make one activity", async () => {
    const before = await count("activity");
    const key = randomUUID();
    const answers = await Promise.all([send(key), send(key), send(key)]);
    for (const answer of answers) assert.equal(answer.statusCode, 201, answer.body);
    assert.equal(new Set(answers.map((a) => a.json().id)).size, 1);
    assert.equal(await count("activity"), before + 1);
  });

  test("another person's same key is their own draft; no key records every time", async () => {
    const before = await count("activity");
    const key = randomUUID();
    const mine = await send(key);
    const lead = await send(key, activityBody(), j.lead);
    assert.equal(lead.statusCode, 201, lead.body);
    assert.notEqual(lead.json().id, mine.json().id);
    await j.coach.post(base, activityBody());
    await j.coach.post(base, activityBody());
    assert.equal(await count("activity"), before + 4);
  });

  test("a refused draft claims nothing: fixed, the same key records it", async () => {
    const key = randomUUID();
    const bad = await send(key, activityBody({ durationMinutes: -5 }));
    assert.equal(bad.statusCode, 400, bad.body);
    const good = await send(key);
    assert.equal(good.statusCode, 201, good.body);
  });

  test("a key that is not a UUID is a 400 naming the header; nothing is written", async () => {
    const before = await count("activity");
    for (const key of ["not-a-uuid", "", "x".repeat(300)]) {
      const response = await send(key);
      assert.equal(response.statusCode, 400, `${key}: ${response.body}`);
      assert.equal(response.json().error.code, "validation_failed");
      assert.ok(response.json().error.fields["idempotency-key"], response.body);
    }
    assert.equal(await count("activity"), before);
  });

  test("the same key with another body is a conflict: the change is not dropped without a word", async () => {
    const key = randomUUID();
    const body = activityBody({ notes: "written offline" });
    assert.equal((await send(key, body)).statusCode, 201);
    const before = await count("activity");
    const changed = await send(key, { ...body, notes: "written offline, then corrected" });
    assert.equal(changed.statusCode, 409, changed.body);
    assert.equal(changed.json().error.code, "conflict");
    assert.equal(await count("activity"), before);
    // The same body with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    assert.equal((await send(key, reordered)).statusCode, 201);
    assert.equal(await count("activity"), before);
  });

  test("the same key for another client is a conflict, and records nothing there", async () => {
    const second = await buildClientWithConsent(t.database, {
      organisationId: j.orgId,
      ipsTeamId: j.ipsTeamId,
      coachUserId: j.coachId,
      consentTeamId: j.clinicId,
    });
    const key = randomUUID();
    assert.equal((await send(key)).statusCode, 201);
    const other = await send(key, activityBody(), j.coach, `/api/clients/${second.clientId}/activities`);
    assert.equal(other.statusCode, 409, other.body);
    assert.equal(await count("activity", second.clientId), 0);
  });

  test("the key does not open another person's client: out of scope is still 404", async () => {
    const key = randomUUID();
    assert.equal((await send(key)).statusCode, 201);
    const stranger = await send(key, activityBody(), j.stranger);
    assert.equal(stranger.statusCode, 404, stranger.body);
    const clinician = await send(key, activityBody(), j.clinician);
    assert.equal(clinician.statusCode, 403, clinician.body);
  });
});
