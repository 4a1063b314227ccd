import type { Executor } from "../platform/db/transaction.ts";
import { AppError } from "../platform/http/app-error.ts";

/** Team names are unique within an organisation, ignoring case. */
export async function assertTeamNameFree(
  db: Executor,
  organisationId: string,
  name: string,
  exceptTeamId: string | null,
): Promise<void> {
  let query = db
    .selectFrom("team")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase()));
  if (exceptTeamId) query = query.where("id", "!=", exceptTeamId);
  if (await query.executeTakeFirst()) throw new AppError("conflict", { name: { key: "already_exists" } });
}
