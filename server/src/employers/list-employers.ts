import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { type EmployerView, presentEmployer } from "./present-employer.ts";

/** The organisation's employers by name or business ID, for pickers; at most 50. */
export function listEmployers(
  database: Database,
  actor: Actor,
  organisationId: string,
  q: string | undefined,
): Promise<EmployerView[]> {
  requireOrganisation(actor, "employer.read", organisationId);
  return inTransaction(database, async (trx) => {
    let query = trx
      .selectFrom("employer")
      .select(["id", "name", "business_id"])
      .where("organisation_id", "=", organisationId);
    if (q) {
      // Escape LIKE wildcards: a typed "%" or "_" means itself.
      const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
      query = query.where((eb) =>
        eb.or([eb(eb.fn("lower", ["name"]), "like", pattern), eb("business_id", "=", q)]),
      );
    }
    const rows = await query.orderBy("name").limit(50).execute();
    await recordAuditEvent(trx, {
      eventType: "employer.listed",
      actorUserId: actor.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
    });
    return rows.map(presentEmployer);
  });
}
