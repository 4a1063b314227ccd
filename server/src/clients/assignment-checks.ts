import type { Executor } from "../platform/db/transaction.ts";
import { type AppError, invalid } from "../platform/http/app-error.ts";

/**
 * An assignment names an active IPS team of the organisation, optionally a coach who is a member
 * of that team, and optionally an active treatment team of the client's organisation or of one the
 * caller belongs to (coaches often work inside another organisation's clinic).
 */
export async function checkAssignment(
  db: Executor,
  organisationId: string,
  input: {
    ipsTeamId: string;
    coachUserId?: string | null | undefined;
    treatmentTeamId?: string | null | undefined;
  },
  fieldPrefix: string,
  treatmentOrganisationIds: string[],
): Promise<void> {
  const fail = (field: string): AppError =>
    invalid({ [`${fieldPrefix}${field}`]: { key: "invalid_option" } });
  const ipsTeam = await db
    .selectFrom("team")
    .select("id")
    .where("id", "=", input.ipsTeamId)
    .where("organisation_id", "=", organisationId)
    .where("kind", "=", "ips_team")
    .where("archived_at", "is", null)
    .executeTakeFirst();
  if (!ipsTeam) throw fail("ipsTeamId");
  if (input.coachUserId) {
    const member = await db
      .selectFrom("membership as m")
      .innerJoin("user as u", "u.id", "m.user_id")
      .select("m.id")
      .where("m.user_id", "=", input.coachUserId)
      .where("m.team_id", "=", input.ipsTeamId)
      .where("m.role", "in", ["coach", "team_lead"])
      .where("m.valid_to", "is", null)
      .where("u.deactivatedAt", "is", null)
      .executeTakeFirst();
    if (!member) throw fail("coachUserId");
  }
  if (input.treatmentTeamId) {
    const team = await db
      .selectFrom("team")
      .select("id")
      .where("id", "=", input.treatmentTeamId)
      .where("kind", "=", "treatment_team")
      .where("organisation_id", "in", [organisationId, ...treatmentOrganisationIds])
      .where("archived_at", "is", null)
      .executeTakeFirst();
    if (!team) throw fail("treatmentTeamId");
  }
}
