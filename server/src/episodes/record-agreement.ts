import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import { changeEpisode } from "./change-episode.ts";
import { checkEpisodeDate, refuse, requireOpen } from "./episode-rules.ts";

/**
 * Records the cooperation agreement (yhteistyösopimus). Its date starts the service: the entry
 * date of outcome and fidelity measures (V4 counts days from it to the first employer contact).
 * Signing it accepts a still-pending referral.
 */
export function recordAgreement(
  database: Database,
  actor: Actor,
  params: { clientId: string; episodeId: string },
  agreementDate: string,
  today: string,
) {
  return changeEpisode(database, actor, params, today, "episode.agreement_recorded", async (trx, episode) => {
    requireOpen(episode);
    if (episode.agreement_date !== null) refuse("agreementDate", "already_exists");
    checkEpisodeDate("agreementDate", agreementDate, episode, today);
    await trx
      .updateTable("episode")
      .set({
        agreement_date: agreementDate,
        ...(episode.referral_decision === "pending"
          ? { referral_decision: "accepted", decision_date: agreementDate }
          : {}),
        updated_at: new Date(),
      })
      .where("id", "=", episode.id)
      .where("client_id", "=", episode.client.clientId)
      .execute();
    return { agreementDate };
  });
}
