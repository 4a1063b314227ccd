import { randomBytes } from "node:crypto";
import { helsinkiDate } from "../../../../core/time/dates.ts";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";

/**
 * A client with an accepted episode and a cooperation agreement, assigned to an IPS team (and a
 * coach), optionally with a consent to share with a treatment team. Inserted directly: tests of
 * other features need a client, not the client journey's use cases.
 */
export async function buildClientWithConsent(
  database: Database,
  options: {
    organisationId: string;
    ipsTeamId: string;
    coachUserId?: string | null;
    consentTeamId?: string | null;
    createdBy?: string;
    firstName?: string;
    lastName?: string;
  },
): Promise<{ clientId: string; episodeId: string }> {
  const today = helsinkiDate();
  return inTransaction(database, async (trx) => {
    const author =
      options.createdBy ??
      options.coachUserId ??
      (await trx.selectFrom("user").select("id").limit(1).executeTakeFirstOrThrow()).id;
    const client = await trx
      .insertInto("client")
      .values({
        organisation_id: options.organisationId,
        first_name: options.firstName ?? `Client${randomBytes(3).toString("hex")}`,
        last_name: options.lastName ?? "Testinen",
        birth_year: 1990,
        created_by: author,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const episode = await trx
      .insertInto("episode")
      .values({
        client_id: client.id,
        organisation_id: options.organisationId,
        referral_date: today,
        referral_source: "self",
        referral_decision: "accepted",
        decision_date: today,
        situation_at_start: "unemployed",
        agreement_date: today,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("episode_assignment")
      .values({
        episode_id: episode.id,
        coach_user_id: options.coachUserId ?? null,
        ips_team_id: options.ipsTeamId,
        treatment_team_id: options.consentTeamId ?? null,
        assigned_by: author,
      })
      .execute();
    if (options.consentTeamId) {
      await trx
        .insertInto("consent")
        .values({
          client_id: client.id,
          scope: "share_with_treatment_team",
          target_team_id: options.consentTeamId,
          given_on: today,
          method: "written",
          recorded_by: author,
        })
        .execute();
    }
    return { clientId: client.id, episodeId: episode.id };
  });
}
