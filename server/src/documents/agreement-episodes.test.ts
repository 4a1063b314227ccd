import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

/**
 * A returning client's new episode starts without an agreement: the one confirmed in the earlier
 * episode (with its coach, its consents) stays in the history but is not this episode's, and
 * cannot be confirmed again into it.
 */
describe("the cooperation agreement of a returning client", () => {
  let t: TestApp;
  let s: WorkSetup;
  const today = helsinkiDate();
  const url = () => `/api/clients/${s.otherClientId}/cooperation-agreement`;

  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
  });
  after(() => t.close());

  test("the earlier episode's agreement is history, not the new episode's agreement", async () => {
    const content = { goals: "Osa-aikatyö", responsibilities: [] };
    assert.equal((await s.coach.post(url(), { content })).statusCode, 201);
    const confirmed = await s.coach.post(`${url()}/confirmation`, {
      method: "signed_on_paper",
      confirmedOn: today,
    });
    assert.equal(confirmed.statusCode, 201, confirmed.body);
    // A draft written after confirmation, never confirmed, also belongs to the earlier episode.
    assert.equal(
      (await s.coach.post(url(), { content: { ...content, goals: "Kokoaikatyö" } })).statusCode,
      201,
    );

    // The episode closes and the client comes back: a new episode, the same team and coach.
    const db = t.database.db;
    const old = await db
      .selectFrom("episode")
      .select(["id", "organisation_id"])
      .where("client_id", "=", s.otherClientId)
      .executeTakeFirstOrThrow();
    await sql`update episode set closure_date = ${today}, closure_reason = 'client_wish' where id = ${old.id}`.execute(
      db,
    );
    const fresh = await sql<{ id: string }>`
      insert into episode (client_id, organisation_id, referral_date, referral_source, referral_decision,
        decision_date, situation_at_start, previous_episode_id)
      values (${s.otherClientId}, ${old.organisation_id}, ${today}, 'self', 'accepted', ${today}, 'unemployed', ${old.id})
      returning id`.execute(db);
    await sql`update episode_assignment set episode_id = ${fresh.rows[0]?.id} where episode_id = ${old.id}`.execute(
      db,
    );

    const view = await s.coach.get(url());
    assert.equal(view.statusCode, 200, view.body);
    assert.equal(view.json().latest, null, "no agreement in this episode yet");
    assert.equal(view.json().canConfirm, false);
    assert.equal(view.json().versions.length, 3, "the earlier versions stay readable");
    const again = await s.coach.post(`${url()}/confirmation`, {
      method: "confirmed_in_meeting",
      confirmedOn: today,
    });
    assert.equal(again.statusCode, 400, "the earlier episode's draft is not confirmed into this one");

    // Written anew in this episode, it is this episode's agreement.
    const saved = await s.coach.post(url(), { content });
    assert.equal(saved.statusCode, 201, saved.body);
    assert.equal((await s.coach.get(url())).json().latest.version, 4);
    assert.equal((await s.coach.get(url())).json().canConfirm, true);
  });
});
