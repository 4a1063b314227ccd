import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { activityBody, buildJourney, type Journey } from "./activity-test-setup.ts";

describe("activities: the treatment team's shared view", () => {
  let t: TestApp;
  let j: Journey;
  let base: string;
  const ids: Record<string, string> = {};

  before(async () => {
    t = await createTestApp();
    j = await buildJourney(t);
    base = `/api/clients/${j.clientId}/activities`;
    const record = async (key: string, body: Record<string, unknown>) => {
      const response = await j.coach.post(base, activityBody(body));
      assert.equal(response.statusCode, 201, response.body);
      ids[key] = response.json().id;
    };
    await record("shared", { sharedWithTreatmentTeam: true, notes: "Started a work trial." });
    await record("private", { notes: "Talked about money worries." });
    await record("retracted", { sharedWithTreatmentTeam: true, notes: "Wrong client." });
    await j.coach.post(`${base}/${ids.retracted}/retraction`, { reason: "wrong client" });
  });
  after(() => t.close());

  test("a consented clinician sees only shared, unretracted notes, and only the shared fields", async () => {
    const response = await j.clinician.get(base);
    assert.equal(response.statusCode, 200, response.body);
    const { items, total } = response.json();
    assert.deepEqual(
      items.map((a: { id: string }) => a.id),
      [ids.shared],
    );
    assert.equal(total, 1);
    const [item] = items;
    assert.equal(item.access, "shared");
    assert.equal(item.notes, "Started a work trial.");
    assert.equal(item.details, null, "no duration, place, participants, employer or versions");
    assert.equal(item.canEdit, false);
    assert.ok(item.authorName);
    assert.deepEqual(Object.keys(item).sort(), [
      "access",
      "authorName",
      "canEdit",
      "details",
      "id",
      "mode",
      "notes",
      "occurredAt",
      "purposes",
      "type",
    ]);
    assert.doesNotMatch(response.body, /money worries|Wrong client/);
  });

  test("the IPS team sees every activity, retracted ones flagged", async () => {
    const { items } = (await j.otherCoach.get(base)).json();
    assert.equal(items.length, 3);
    const retracted = items.find((a: { id: string }) => a.id === ids.retracted);
    assert.ok(retracted.details.retraction);
  });

  test("the clinician can neither write nor read earlier versions", async () => {
    assert.equal((await j.clinician.post(base, activityBody())).statusCode, 403);
    assert.equal((await j.clinician.patch(`${base}/${ids.shared}`, { notes: "x" })).statusCode, 403);
    assert.equal((await j.clinician.get(`${base}/${ids.shared}/revisions`)).statusCode, 403);
    assert.equal((await j.stranger.get(base)).statusCode, 404);
  });

  test("the read is audited with the access level", async () => {
    const row = await t.database.db
      .selectFrom("audit_event")
      .select(["details", "actor_user_id"])
      .where("event_type", "=", "activity.listed")
      .where("target_id", "=", j.clientId)
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    const details = (typeof row.details === "string" ? JSON.parse(row.details) : row.details) as {
      access: string;
    };
    assert.ok(["full", "shared"].includes(details.access));
  });

  test("after the consent is withdrawn the clinician finds nothing", async () => {
    const record = (await j.coach.get(`/api/clients/${j.clientId}`)).json();
    const consent = record.consents.find((c: { inForce: boolean }) => c.inForce);
    const withdrawn = await j.coach.post(`/api/clients/${j.clientId}/consents/${consent.id}/withdrawal`, {
      withdrawnOn: helsinkiDate(),
    });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    const response = await j.clinician.get(base);
    assert.equal(response.statusCode, 404);
    assert.doesNotMatch(response.body, /work trial/);
  });
});
