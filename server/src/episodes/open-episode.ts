import type { z } from "zod";
import type { referralInput } from "../../../core/contracts/clients.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Trx } from "../platform/db/transaction.ts";

export type ReferralInput = z.infer<typeof referralInput>;

/**
 * Opens an episode at its referral with its first assignment. A clinician's referral is recorded
 * as coming from the treatment team with the clinician as referrer. Open assignments of the
 * client's earlier episodes end, so only the current IPS team works the record.
 */
export async function openEpisode(
  trx: Trx,
  actor: Actor,
  organisationId: string,
  clientId: string,
  referral: ReferralInput,
  byClinician: boolean,
  previousEpisodeId: string | null,
): Promise<string> {
  const now = new Date();
  await trx
    .updateTable("episode_assignment")
    .set({ valid_to: now })
    .where("valid_to", "is", null)
    .where("episode_id", "in", (eb) =>
      eb.selectFrom("episode").select("id").where("client_id", "=", clientId),
    )
    .execute();
  const episode = await trx
    .insertInto("episode")
    .values({
      client_id: clientId,
      organisation_id: organisationId,
      referral_date: referral.referralDate,
      referral_source: byClinician ? "treatment_team" : referral.source,
      referrer_name: byClinician ? actor.name : (referral.referrerName ?? null),
      referred_by_user_id: byClinician ? actor.userId : null,
      situation_at_start: referral.situationAtStart,
      previous_episode_id: previousEpisodeId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("episode_assignment")
    .values({
      episode_id: episode.id,
      coach_user_id: referral.coachUserId ?? null,
      ips_team_id: referral.ipsTeamId,
      treatment_team_id: referral.treatmentTeamId ?? null,
      valid_from: now,
      assigned_by: actor.userId,
    })
    .execute();
  await recordAuditEvent(trx, {
    eventType: "episode.opened",
    actorUserId: actor.userId,
    organisationId,
    targetType: "client",
    targetId: clientId,
    details: { episodeId: episode.id, previousEpisodeId },
  });
  return episode.id;
}
