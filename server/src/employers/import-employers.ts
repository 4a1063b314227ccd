import type { z } from "zod";
import type { importReport, importEmployers as schema } from "../../../core/contracts/employers.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { checkEmployerImport } from "./check-employer-import.ts";
import { employerValues } from "./employer-columns.ts";

export type ImportEmployersInput = z.infer<typeof schema>;
export type ImportReport = z.infer<typeof importReport>;

const batchSize = 500;

/**
 * Imports employers from a CSV file. Every row is checked first; nothing is saved on a dry run or
 * while any problem remains. Otherwise all rows go in one transaction with one `employer.imported`
 * audit entry holding the count.
 */
export function importEmployers(
  database: Database,
  actor: Actor,
  organisationId: string,
  input: ImportEmployersInput,
  locale: Locale,
): Promise<ImportReport> {
  requireOrganisation(actor, "employer.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const check = await checkEmployerImport(trx, organisationId, input.csv, locale);
    const report = {
      dryRun: input.dryRun,
      rows: check.rows,
      valid: check.employers.length,
      imported: 0,
      problems: check.problems,
    };
    if (input.dryRun || check.problems.length > 0 || check.employers.length === 0) return report;
    for (let i = 0; i < check.employers.length; i += batchSize) {
      const batch = check.employers.slice(i, i + batchSize).map((employer) => ({
        ...employerValues(employer),
        name: employer.name,
        organisation_id: organisationId,
        created_by: actor.userId,
      }));
      await trx.insertInto("employer").values(batch).execute();
    }
    await recordAuditEvent(trx, {
      eventType: "employer.imported",
      actorUserId: actor.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { count: check.employers.length },
    });
    return { ...report, imported: check.employers.length };
  });
}
