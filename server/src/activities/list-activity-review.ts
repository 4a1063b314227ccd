import type { z } from "zod";
import { typesWithOwnMode } from "../../../core/activities/type-defaults.ts";
import type { activityReview } from "../../../core/contracts/activities.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import { deny } from "../access/deny.ts";
import { recordClientReads } from "../audit/record-client-reads.ts";
import { ledTeamIds } from "../job-development/team-coaches.ts";
import type { Database } from "../platform/db/database.ts";
import { type Executor, inTransaction } from "../platform/db/transaction.ts";
import { activitiesQuery, presentActivity } from "./activity-query.ts";

export type ActivityReview = z.infer<typeof activityReview>;

/** The most lines one review lists, newest first; correcting them brings the older ones up. */
export const ACTIVITY_REVIEW_LIMIT = 200;

const NONE = "00000000-0000-0000-0000-000000000000";

/**
 * Activities whose type and mode disagree (core/activities/type-defaults.ts: a phone call saved
 * as face to face would count as face-to-face work, V6 and V13), for correction through the
 * activity's edit, which keeps the earlier version. A coach gets their own caseload's, a team
 * lead their teams' (clients with an open assignment to them, through the client gate); no one
 * else has a caseload to review (403). Retracted activities are left out; the read is audited
 * naming the clients and activities listed.
 */
export function listActivityReview(database: Database, actor: Actor, today: string): Promise<ActivityReview> {
  return inTransaction(database, async (trx) => {
    const teamIds = ledTeamIds(actor);
    const coaches = actor.memberships.some((m) => m.role === "coach");
    if (!coaches && teamIds.length === 0) throw deny("forbidden", { action: "activity.review" });
    const found = await disagreeingActivities(trx, actor, teamIds, today);
    const byActivity = new Map(found.map((f) => [f.id, f]));
    const rows =
      byActivity.size === 0
        ? []
        : await activitiesQuery(trx)
            .where("a.id", "in", [...byActivity.keys()])
            .orderBy("a.occurred_at", "desc")
            .orderBy("a.id", "desc")
            .execute();
    const clients = [...new Map(found.map((f) => [f.client_id, f])).values()];
    await recordClientReads(
      trx,
      actor.userId,
      "activity.review_listed",
      clients.map((c) => ({ id: c.client_id, organisationId: c.organisation_id })),
      { teamIds, activityIds: rows.map((r) => r.id) },
    );
    return {
      items: rows.map((row) => {
        const f = byActivity.get(row.id) as (typeof found)[number];
        return {
          clientId: f.client_id,
          clientName: `${f.first_name} ${f.last_name}`,
          activity: presentActivity(row, "full", actor, [f.ips_team_id]),
        };
      }),
    };
  });
}

/**
 * The ids of the disagreeing, unretracted activities of the clients whose open assignment is the
 * caller's (as coach) or in one of `teamIds`, newest first, through the client gate: the gate's
 * array of the caller's scope, then activity_client_idx per client.
 */
export function disagreeingActivities(
  trx: Executor,
  actor: Actor,
  teamIds: readonly string[],
  today: string,
) {
  return visibleClients(trx, actor, today, "full")
    .innerJoin("episode as e", "e.client_id", "client.id")
    .innerJoin("episode_assignment as ea", (j) =>
      j.onRef("ea.episode_id", "=", "e.id").on("ea.valid_to", "is", null),
    )
    .innerJoin("activity as a", "a.client_id", "client.id")
    .select([
      "a.id",
      "client.id as client_id",
      "client.organisation_id",
      "client.first_name",
      "client.last_name",
      "ea.ips_team_id",
    ])
    .where((eb) =>
      eb.or([
        eb("ea.coach_user_id", "=", actor.userId),
        eb("ea.ips_team_id", "in", teamIds.length > 0 ? [...teamIds] : [NONE]),
      ]),
    )
    .where("a.retracted_at", "is", null)
    .where((eb) =>
      eb.or(
        typesWithOwnMode.map(([type, mode]) => eb.and([eb("a.type", "=", type), eb("a.mode", "!=", mode)])),
      ),
    )
    .orderBy("a.occurred_at", "desc")
    .limit(ACTIVITY_REVIEW_LIMIT)
    .execute();
}
