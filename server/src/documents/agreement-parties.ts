import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";

/**
 * The parties and the date of a gated client's cooperation agreement as the record holds them:
 * the client, the coach and both teams of the open episode's current assignment, and the
 * agreement's date on the episode (episodes/record-agreement.ts). The client's language decides
 * the language of printed documents.
 */
export async function agreementFrameOf(db: Executor, client: GatedClient) {
  const row = await db
    .selectFrom("client as c")
    .leftJoin("episode as e", (join) =>
      join
        .onRef("e.client_id", "=", "c.id")
        .on("e.closure_date", "is", null)
        .on("e.referral_decision", "<>", "declined"),
    )
    .leftJoin("episode_assignment as a", (join) =>
      join.onRef("a.episode_id", "=", "e.id").on("a.valid_to", "is", null),
    )
    .leftJoin("user as u", "u.id", "a.coach_user_id")
    .leftJoin("team as ips", "ips.id", "a.ips_team_id")
    .leftJoin("team as tt", "tt.id", "a.treatment_team_id")
    .select([
      "c.first_name",
      "c.last_name",
      "c.preferred_language",
      "e.id as episode_id",
      "e.agreement_date",
      "u.name as coach_name",
      "ips.name as ips_team_name",
      "tt.name as treatment_team_name",
    ])
    .where("c.id", "=", client.clientId)
    .executeTakeFirstOrThrow();
  return {
    parties: {
      clientName: `${row.first_name} ${row.last_name}`,
      coachName: row.coach_name,
      ipsTeamName: row.ips_team_name,
      treatmentTeamName: row.treatment_team_name,
    },
    agreementDate: row.agreement_date,
    /** The open episode, whose agreement this is; null when the client has none open. */
    episodeId: row.episode_id,
    language: row.preferred_language,
  };
}
