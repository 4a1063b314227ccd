import type { z } from "zod";
import type { episodeDecision } from "../../../core/contracts/clients.ts";
import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import { changeEpisode } from "./change-episode.ts";
import { checkEpisodeDate, refuse, requireOpen } from "./episode-rules.ts";

export type DecideReferralInput = z.infer<typeof episodeDecision>;

/**
 * Accepts or declines a pending referral. Declining needs a coded reason; "not ready" is not one
 * (zero exclusion: wanting to work is the only criterion).
 */
export function decideReferral(
  database: Database,
  actor: Actor,
  params: { clientId: string; episodeId: string },
  input: DecideReferralInput,
  today: string,
) {
  return changeEpisode(database, actor, params, today, "episode.referral_decided", async (trx, episode) => {
    requireOpen(episode);
    if (episode.referral_decision !== "pending") refuse("decision");
    checkEpisodeDate("decisionDate", input.decisionDate, episode, today);
    await trx
      .updateTable("episode")
      .set({
        referral_decision: input.decision,
        decision_date: input.decisionDate,
        decline_reason: input.decision === "declined" ? input.declineReason : null,
        decline_note: input.decision === "declined" ? (input.declineNote ?? null) : null,
        updated_at: new Date(),
      })
      .where("id", "=", episode.id)
      .where("client_id", "=", episode.client.clientId)
      .execute();
    return {
      decision: input.decision,
      ...(input.decision === "declined" ? { reason: input.declineReason } : {}),
    };
  });
}
