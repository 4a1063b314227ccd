import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildTeam } from "../platform/testing/factories.ts";
import { buildSignedInStaff } from "../platform/testing/signed-in-staff.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * The review of activities whose type and mode disagree (a phone call saved as face to face):
 * the coach sees their caseload's, the team lead their team's, nobody else's; correcting one
 * through the ordinary edit keeps the old version and takes it off the list.
 */
type Review = {
  items: Array<{ clientId: string; clientName: string; activity: { id: string; canEdit: boolean } }>;
};

describe("activities whose type and mode disagree", () => {
  let t: TestApp;
  let who: (key: string) => TestClient;
  let idOf: (key: string) => string;
  const ids: Record<string, string> = {};
  let mine: { clientId: string; episodeId: string };
  let orgId: string;

  async function activity(
    c: { clientId: string; episodeId: string },
    author: string,
    type: string,
    mode: string,
    retracted = false,
  ) {
    const row = await t.database.db
      .insertInto("activity")
      .values({
        organisation_id: orgId,
        client_id: c.clientId,
        episode_id: c.episodeId,
        author_user_id: idOf(author),
        occurred_at: new Date("2026-11-20T09:00:00Z"),
        duration_minutes: 30,
        type,
        mode,
        place: "community",
        purposes: ["other"],
        ...(retracted ? { retracted_at: new Date(), retracted_by: idOf(author) } : {}),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  }

  before(async () => {
    t = await createTestApp();
    orgId = (await buildOrganisation(t.database)).id;
    const otherOrg = (await buildOrganisation(t.database)).id;
    const teamA = (await buildTeam(t.database, orgId, "ips_team")).id;
    const teamB = (await buildTeam(t.database, orgId, "ips_team")).id;
    const clinic = (await buildTeam(t.database, orgId, "treatment_team")).id;
    const otherTeam = (await buildTeam(t.database, otherOrg, "ips_team")).id;
    ({ who, idOf } = await buildSignedInStaff(t, [
      ["c1", "coach", orgId, teamA],
      ["c2", "coach", orgId, teamA],
      ["lead", "team_lead", orgId, teamA],
      ["cB", "coach", orgId, teamB],
      ["clinician", "clinician", orgId, clinic],
      ["evaluator", "evaluator", orgId, null],
      ["otherCoach", "coach", otherOrg, otherTeam],
    ]));
    mine = await buildClientWithConsent(t.database, {
      organisationId: orgId,
      ipsTeamId: teamA,
      coachUserId: idOf("c1"),
      consentTeamId: clinic,
    });
    const c2s = await buildClientWithConsent(t.database, {
      organisationId: orgId,
      ipsTeamId: teamA,
      coachUserId: idOf("c2"),
    });
    const teamBs = await buildClientWithConsent(t.database, {
      organisationId: orgId,
      ipsTeamId: teamB,
      coachUserId: idOf("cB"),
    });
    ids.phoneFace = await activity(mine, "c1", "phone_call", "face_to_face");
    ids.visitByPhone = await activity(mine, "c2", "workplace_visit", "phone");
    await activity(mine, "c1", "phone_call", "phone"); // agrees
    await activity(mine, "c1", "employer_contact", "phone"); // any mode is fine
    await activity(mine, "c1", "phone_call", "video", true); // retracted
    ids.c2s = await activity(c2s, "c2", "phone_call", "face_to_face");
    ids.teamB = await activity(teamBs, "cB", "phone_call", "face_to_face");
  });
  after(() => t.close());

  const review = async (key: string) => {
    const response = await who(key).get("/api/activity-review");
    assert.equal(response.statusCode, 200, `${key}: ${response.body}`);
    return response.json() as Review;
  };
  const listed = (r: Review) => r.items.map((i) => i.activity.id).sort();

  test("a coach sees their own caseload's disagreeing activities, whoever wrote them", async () => {
    const r = await review("c1");
    assert.deepEqual(listed(r), [ids.phoneFace, ids.visitByPhone].sort());
    const byId = new Map(r.items.map((i) => [i.activity.id, i]));
    assert.equal(byId.get(ids.phoneFace as string)?.activity.canEdit, true);
    assert.equal(byId.get(ids.visitByPhone as string)?.activity.canEdit, false, "written by another coach");
    assert.equal(byId.get(ids.phoneFace as string)?.clientId, mine.clientId);
  });

  test("a team lead sees their team's, not another team's", async () => {
    assert.deepEqual(listed(await review("lead")), [ids.phoneFace, ids.visitByPhone, ids.c2s].sort());
    assert.deepEqual(listed(await review("cB")), [ids.teamB]);
    assert.deepEqual(listed(await review("otherCoach")), []);
  });

  test("the read is audited with the clients and activities listed", async () => {
    await review("c2");
    const row = await t.database.db
      .selectFrom("audit_event")
      .select(["details", "organisation_id"])
      .where("event_type", "=", "activity.review_listed")
      .where("actor_user_id", "=", idOf("c2"))
      .executeTakeFirstOrThrow();
    assert.equal(row.organisation_id, orgId);
    assert.deepEqual((row.details as { activityIds: string[] }).activityIds, [ids.c2s]);
  });

  test("roles without a caseload are refused, even a clinician the client consented to", async () => {
    for (const key of ["clinician", "evaluator"]) {
      const response = await who(key).get("/api/activity-review");
      assert.equal(response.statusCode, 403, key);
      assert.equal(response.json().error.code, "forbidden");
    }
    assert.equal((await t.client().get("/api/activity-review")).statusCode, 401);
  });

  test("correcting the mode through the edit keeps the old version and takes it off the list", async () => {
    const edited = await who("c1").patch(`/api/clients/${mine.clientId}/activities/${ids.phoneFace}`, {
      mode: "phone",
      place: "remote",
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.deepEqual(listed(await review("c1")), [ids.visitByPhone]);
    const revisions = await who("c1").get(
      `/api/clients/${mine.clientId}/activities/${ids.phoneFace}/revisions`,
    );
    assert.equal(revisions.statusCode, 200);
    assert.equal(revisions.json()[0].content.mode, "face_to_face");
  });
});
