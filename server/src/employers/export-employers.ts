import { toCsvLine } from "../../../core/csv/csv.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { employerColumns } from "./employer-columns.ts";
import { employerCsvCells, employerCsvColumns } from "./employer-csv-columns.ts";

/**
 * The organisation's current (not archived) employers as CSV for spreadsheet programs: a byte-order
 * mark, `;` between fields, Finnish headers, CRLF line ends, formula signs defused. Contact persons
 * are left out (personal data). Audited `employer.exported` with the count. Import reads it back.
 */
export function exportEmployers(database: Database, actor: Actor, organisationId: string): Promise<string> {
  requireOrganisation(actor, "employer.read", organisationId);
  return inTransaction(database, async (trx) => {
    const rows = await trx
      .selectFrom("employer")
      .select(employerColumns)
      .where("organisation_id", "=", organisationId)
      .where("archived_at", "is", null)
      .orderBy("name")
      .orderBy("id")
      .execute();
    await recordAuditEvent(trx, {
      eventType: "employer.exported",
      actorUserId: actor.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { count: rows.length },
    });
    const header = toCsvLine(employerCsvColumns.map((c) => c.headers[0] ?? c.field));
    return `\uFEFF${[header, ...rows.map((row) => toCsvLine(employerCsvCells(row)))].join("\r\n")}\r\n`;
  });
}
