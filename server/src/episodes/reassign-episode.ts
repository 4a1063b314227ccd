import type { z } from "zod";
import type { reassignEpisode as schema } from "../../../core/contracts/clients.ts";
import type { Actor } from "../access/actor.ts";
import { checkAssignment } from "../clients/assignment-checks.ts";
import type { Database } from "../platform/db/database.ts";
import { changeEpisode } from "./change-episode.ts";
import { requireOpen } from "./episode-rules.ts";

export type ReassignInput = z.infer<typeof schema>;

/**
 * Changes the coach, IPS team or treatment team of an open episode. The old assignment ends and a
 * new one starts, so caseloads can be computed for any past date (fidelity S1, O1).
 */
export function reassignEpisode(
  database: Database,
  actor: Actor,
  params: { clientId: string; episodeId: string },
  input: ReassignInput,
  today: string,
) {
  return changeEpisode(database, actor, params, today, "episode.reassigned", async (trx, episode) => {
    requireOpen(episode);
    await checkAssignment(
      trx,
      episode.organisation_id,
      input,
      "",
      actor.memberships.map((m) => m.organisationId),
    );
    const now = new Date();
    await trx
      .updateTable("episode_assignment")
      .set({ valid_to: now })
      .where("episode_id", "=", episode.id)
      .where("valid_to", "is", null)
      .execute();
    await trx
      .insertInto("episode_assignment")
      .values({
        episode_id: episode.id,
        coach_user_id: input.coachUserId,
        ips_team_id: input.ipsTeamId,
        treatment_team_id: input.treatmentTeamId,
        valid_from: now,
        assigned_by: actor.userId,
      })
      .execute();
    return {
      ipsTeamId: input.ipsTeamId,
      coachUserId: input.coachUserId,
      treatmentTeamId: input.treatmentTeamId,
    };
  });
}
