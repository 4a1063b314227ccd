import type { Executor } from "../platform/db/transaction.ts";
import { conflict } from "../platform/http/app-error.ts";

/**
 * A business ID is unique in the organisation's register (archived employers included). A taken one
 * is a conflict on `businessId`; the UI finds the existing employer with `GET …/employers?q=<id>`.
 */
export async function ensureBusinessIdFree(
  trx: Executor,
  organisationId: string,
  businessId: string | null | undefined,
  exceptEmployerId?: string,
): Promise<void> {
  if (!businessId) return;
  let query = trx
    .selectFrom("employer")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("business_id", "=", businessId);
  if (exceptEmployerId) query = query.where("id", "<>", exceptEmployerId);
  if (await query.executeTakeFirst()) throw conflict({ businessId: { key: "already_exists" } });
}
