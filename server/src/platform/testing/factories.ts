import { randomBytes } from "node:crypto";
import type { OrganisationType, Role, TeamKind } from "../../../../core/access/roles.ts";
import { createCredentialUser } from "../../auth/user-credentials.ts";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";

export const TEST_PASSWORD = "test-password-0123";
const unique = () => randomBytes(5).toString("hex");

/** An organisation of its own for one test. */
export async function buildOrganisation(
  database: Database,
  options: { type?: OrganisationType; requireTwoFactor?: boolean } = {},
): Promise<{ id: string; name: string }> {
  const name = `Org ${unique()}`;
  const row = await database.db
    .insertInto("organisation")
    .values({
      name,
      type: options.type ?? "wellbeing_services_county",
      require_two_factor: options.requireTwoFactor ?? false,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, name };
}

export async function buildTeam(
  database: Database,
  organisationId: string,
  kind: TeamKind = "ips_team",
): Promise<{ id: string; name: string }> {
  const name = `Team ${unique()}`;
  const row = await database.db
    .insertInto("team")
    .values({ organisation_id: organisationId, name, kind })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, name };
}

export type BuiltStaff = { id: string; email: string; password: string };

/** A person with one role in the organisation (or a platform admin with no membership). */
export async function buildStaff(
  database: Database,
  options: { organisationId?: string; role?: Role; teamId?: string | null; platformAdmin?: boolean },
): Promise<BuiltStaff> {
  const email = `staff-${unique()}@example.test`;
  const id = await inTransaction(database, async (trx) => {
    const user = await createCredentialUser(trx, {
      name: `Staff ${unique()}`,
      email,
      password: TEST_PASSWORD,
      locale: "en",
      platformAdmin: options.platformAdmin ?? false,
    });
    if (options.organisationId && options.role) {
      await trx
        .insertInto("membership")
        .values({
          user_id: user.id,
          organisation_id: options.organisationId,
          team_id: options.teamId ?? null,
          role: options.role,
        })
        .execute();
    }
    return user.id;
  });
  return { id, email, password: TEST_PASSWORD };
}
