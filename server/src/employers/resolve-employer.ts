import type { Actor } from "../access/actor.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";
import { addEmployer } from "./add-employer.ts";

export type EmployerChoice = {
  employerId?: string | null | undefined;
  employerName?: string | null | undefined;
};

/**
 * The employer a job or work trial names: a register entry of the client's organisation, or a
 * name. A name reuses the register entry of exactly that name (case aside), so quick entry does
 * not fill the register with duplicates; otherwise it adds one in the caller's transaction.
 */
export async function resolveEmployer(
  trx: Executor,
  actor: Actor,
  organisationId: string,
  choice: EmployerChoice,
): Promise<string> {
  if (choice.employerId) {
    const row = await trx
      .selectFrom("employer")
      .select("id")
      .where("id", "=", choice.employerId)
      .where("organisation_id", "=", organisationId)
      .executeTakeFirst();
    if (!row) throw invalid({ employerId: { key: "invalid_option" } });
    return row.id;
  }
  const name = choice.employerName?.trim();
  if (!name) throw invalid({ employerId: { key: "required" } });
  const same = await trx
    .selectFrom("employer")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase()))
    .orderBy("created_at")
    .executeTakeFirst();
  return same?.id ?? (await addEmployer(trx, actor, organisationId, { name })).id;
}
