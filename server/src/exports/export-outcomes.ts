import type { z } from "zod";
import type { OutcomeDashboard, OutcomeLevel, outcomeExportQuery } from "../../../core/contracts/outcomes.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { type Executor, inTransaction } from "../platform/db/transaction.ts";
import { outcomeExportFileName } from "./outcome-export-table.ts";
import { renderOutcomeCsv } from "./render-outcome-csv.ts";
import { renderOutcomeReportPdf } from "./render-outcome-report-pdf.ts";
import { renderOutcomeXlsx } from "./render-outcome-xlsx.ts";

export type OutcomeExportQuery = z.infer<typeof outcomeExportQuery>;

import type { DownloadFile } from "../platform/http/send-download.ts";

export type OutcomeExportFile = DownloadFile;

export type OutcomeExportScope = {
  level: Exclude<OutcomeLevel, "coach">;
  scopeId: string;
  /** The organisation the audit entry belongs to; null for a network. */
  organisationId: string | null;
  /** The same gate as the scope's dashboard; throws its denial. */
  gate: (db: Executor) => Promise<unknown>;
  /** The scope's dashboard use case (it gates and audits its own view again). */
  dashboard: (query: Omit<OutcomeExportQuery, "format">) => Promise<OutcomeDashboard>;
};

const contentTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

/**
 * A dashboard as a file: CSV or XLSX (every figure, raw numbers) or the quarterly report as PDF.
 * The gate answers first, so a refused caller costs nothing; the figures are the dashboard use
 * case's own, so an export can never show what the page would not (suppression included). The
 * file name carries the level and quarter, no names. Audited `outcomes.exported`.
 */
export async function exportOutcomes(
  database: Database,
  actor: Actor,
  scope: OutcomeExportScope,
  query: OutcomeExportQuery,
  locale: Locale,
): Promise<OutcomeExportFile> {
  await scope.gate(database.db);
  const { format, ...dashboardQuery } = query;
  const dashboard = await scope.dashboard(dashboardQuery);
  const options = { locale, generatedAt: new Date() };
  const body =
    format === "csv"
      ? renderOutcomeCsv(dashboard, options)
      : format === "xlsx"
        ? await renderOutcomeXlsx(dashboard, options)
        : await renderOutcomeReportPdf(dashboard, options);
  await inTransaction(database, (trx) =>
    recordAuditEvent(trx, {
      eventType: "outcomes.exported",
      actorUserId: actor.userId,
      organisationId: scope.organisationId,
      targetType: scope.level === "network" ? "network" : "organisation",
      targetId: scope.level === "network" ? scope.scopeId : scope.organisationId,
      details: {
        level: scope.level,
        scopeId: scope.scopeId,
        format,
        ruleSet: dashboard.ruleSet.id,
        quarter: dashboard.period.label,
      },
    }),
  );
  return { body, contentType: contentTypes[format], fileName: outcomeExportFileName(dashboard, format) };
}
