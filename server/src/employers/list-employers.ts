import { sql } from "kysely";
import type { IndustrySection } from "../../../core/employers/tol2008.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { type EmployerListItem, presentEmployerListItem } from "./present-employer.ts";

export type EmployerListOptions = {
  q?: string | undefined;
  industry?: IndustrySection | undefined;
  includeArchived?: boolean | undefined;
};

/**
 * The organisation's employers by name (part of it) or business ID (exactly), for the register and
 * pickers; at most 50, archived ones only when asked. Each row carries the latest contact and the
 * number of contacts in the last 90 days (retracted contacts left out).
 */
export function listEmployers(
  database: Database,
  actor: Actor,
  organisationId: string,
  options: EmployerListOptions,
): Promise<EmployerListItem[]> {
  requireOrganisation(actor, "employer.read", organisationId);
  return inTransaction(database, async (trx) => {
    let query = trx
      .selectFrom("employer as e")
      .select((eb) => [
        "e.id",
        "e.name",
        "e.business_id",
        "e.industry",
        "e.municipality",
        "e.archived_at",
        eb
          .selectFrom("employer_contact as c")
          .select((c) => c.fn.max("c.occurred_at").as("m"))
          .whereRef("c.employer_id", "=", "e.id")
          .where("c.retracted_at", "is", null)
          .as("last_contact_at"),
        eb
          .selectFrom("employer_contact as c")
          .select((c) => c.fn.countAll().as("n"))
          .whereRef("c.employer_id", "=", "e.id")
          .where("c.retracted_at", "is", null)
          .where("c.occurred_at", ">=", sql<Date>`now() - interval '90 days'`)
          .as("contacts_90"),
      ])
      .where("e.organisation_id", "=", organisationId);
    const { q, industry, includeArchived } = options;
    if (q) {
      // Escape LIKE wildcards: a typed "%" or "_" means itself.
      const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
      query = query.where((eb) =>
        eb.or([eb(eb.fn("lower", ["e.name"]), "like", pattern), eb("e.business_id", "=", q)]),
      );
    }
    if (industry) query = query.where("e.industry", "=", industry);
    if (!includeArchived) query = query.where("e.archived_at", "is", null);
    const rows = await query.orderBy("e.name").limit(50).execute();
    await recordAuditEvent(trx, {
      eventType: "employer.listed",
      actorUserId: actor.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
    });
    return rows.map(presentEmployerListItem);
  });
}
