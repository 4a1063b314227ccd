import type { OutcomeDashboard, OutcomeFiguresView } from "../../../core/contracts/outcomes.ts";
import { formatDateTime } from "../../../core/i18n/format-date-time.ts";
import { messages, translate } from "../../../core/i18n/index.ts";
import type { Locale } from "../../../core/i18n/locales.ts";

/**
 * One export model for the three formats (CSV, XLSX, PDF), so they cannot disagree: a header
 * block that states what the figures are (outcomes.md §1: every figure carries its rule set and
 * version; above team level the suppression applied), then the trend table and the parts table.
 * Cells stay typed here; each renderer formats them its own way.
 */
export type ExportCell =
  | { kind: "text"; text: string }
  | { kind: "count"; value: number }
  | { kind: "decimal"; value: number }
  | { kind: "rate"; value: number }
  /** A rate's 95 % interval, low to high (the quarterly report shows it beside the rate). */
  | { kind: "interval"; low: number; high: number }
  | { kind: "withheld" }
  | { kind: "empty" };

export type ExportTable = { title: string; columns: string[]; rows: ExportCell[][] };
export type OutcomeExport = {
  title: string;
  /** Label and value pairs: rule set, period, level, suppression rule, generated at. */
  header: Array<{ label: string; value: string }>;
  tables: ExportTable[];
};

type Column = { key: string; cell: (f: OutcomeFiguresView) => ExportCell };
type CellValue = OutcomeFiguresView["caseloadAtEnd"];
type ProportionView = OutcomeFiguresView["employmentRate"];

const count = (c: CellValue): ExportCell =>
  c.suppressed !== false
    ? { kind: "withheld" }
    : c.value === null
      ? { kind: "empty" }
      : { kind: "count", value: c.value };
const decimal = (value: number | null): ExportCell =>
  value === null ? { kind: "empty" } : { kind: "decimal", value };
/** A rate is withheld with its numerator or denominator: it would give the withheld count back. */
const rate = (p: ProportionView, value: number | null): ExportCell =>
  p.numerator.suppressed !== false || p.denominator.suppressed !== false
    ? { kind: "withheld" }
    : value === null
      ? { kind: "empty" }
      : { kind: "rate", value };

/** The rate's 95 % interval as one cell, withheld with the rate. */
const interval = (p: ProportionView): ExportCell =>
  p.numerator.suppressed !== false || p.denominator.suppressed !== false
    ? { kind: "withheld" }
    : p.low === null || p.high === null
      ? { kind: "empty" }
      : { kind: "interval", low: p.low, high: p.high };

/** Every figure, for the spreadsheet formats (raw numbers, one column each). */
export const fullColumns: Column[] = [
  { key: "caseloadAtEnd", cell: (f) => count(f.caseloadAtEnd) },
  { key: "caseloadDuringPeriod", cell: (f) => count(f.caseloadDuringPeriod) },
  { key: "employedDuringPeriod", cell: (f) => count(f.employmentRate.numerator) },
  { key: "employmentDenominator", cell: (f) => count(f.employmentRate.denominator) },
  { key: "employmentRate", cell: (f) => rate(f.employmentRate, f.employmentRate.rate) },
  { key: "employmentRateLow", cell: (f) => rate(f.employmentRate, f.employmentRate.low) },
  { key: "employmentRateHigh", cell: (f) => rate(f.employmentRate, f.employmentRate.high) },
  { key: "progressed", cell: (f) => count(f.progressionRate.numerator) },
  { key: "progressionRate", cell: (f) => rate(f.progressionRate, f.progressionRate.rate) },
  { key: "clientsIntoWork", cell: (f) => count(f.clientsIntoWork) },
  { key: "jobStarts", cell: (f) => count(f.jobStarts) },
  { key: "educationStarts", cell: (f) => count(f.educationStarts) },
  { key: "workTrialStarts", cell: (f) => count(f.workTrialStarts) },
  { key: "workingAtEnd", cell: (f) => count(f.workingAtEnd) },
  { key: "newAgreements", cell: (f) => count(f.newAgreements) },
  { key: "closures", cell: (f) => count(f.closures) },
  { key: "daysToFirstEmployerContact", cell: (f) => decimal(f.daysToFirstEmployerContact.median) },
  {
    key: "firstEmployerContactWithin30Days",
    cell: (f) => rate(f.firstEmployerContactWithin30Days, f.firstEmployerContactWithin30Days.rate),
  },
  { key: "daysToFirstJob", cell: (f) => decimal(f.daysToFirstJob.median) },
  { key: "jobTenureDays", cell: (f) => decimal(f.jobTenureDays.median) },
  { key: "jobsLasting90Days", cell: (f) => rate(f.jobsLasting90Days, f.jobsLasting90Days.rate) },
  { key: "medianHoursPerWeek", cell: (f) => decimal(f.medianHoursPerWeek) },
  { key: "medianHourlyWage", cell: (f) => decimal(f.medianHourlyWage) },
];

/**
 * The quarterly report's columns: what fits a landscape A4 page and answers "how are we doing",
 * each rate followed by its 95 % interval in one cell (the spreadsheets have low and high apart).
 */
const reportKeys = [
  "caseloadDuringPeriod",
  "employedDuringPeriod",
  "employmentDenominator",
  "employmentRate",
  "employmentRateInterval",
  "clientsIntoWork",
  "jobStarts",
  "educationStarts",
  "workTrialStarts",
  "workingAtEnd",
  "daysToFirstJob",
];
const intervalColumns: Column[] = [
  { key: "employmentRateInterval", cell: (f) => interval(f.employmentRate) },
];
export const reportColumns: Column[] = reportKeys.flatMap((key) =>
  [...fullColumns, ...intervalColumns].filter((c) => c.key === key),
);

export type ExportOptions = { locale: Locale; generatedAt: Date; columns?: Column[] };

/** The dashboard as an export model in the caller's language. */
export function buildOutcomeExport(dashboard: OutcomeDashboard, options: ExportOptions): OutcomeExport {
  const { locale, generatedAt, columns = fullColumns } = options;
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(locale, `outcomeExports.${key}`, params);
  const { ruleSet, period, level, scope, suppressionThreshold } = dashboard;
  const header = [
    {
      label: t("ruleSet"),
      value: t("ruleSetVersion", {
        name: translate(locale, `metrics.ruleSets.${ruleSet.id}.name`),
        id: ruleSet.id,
        version: ruleSet.version,
      }),
    },
    {
      label: t("period"),
      value: t("periodValue", { label: period.label, from: period.from, to: period.to }),
    },
    { label: t("level"), value: t("levelValue", { level: t(`levels.${level}`), name: scope.name }) },
    {
      label: t("suppression"),
      value:
        suppressionThreshold === null
          ? t("notSuppressed")
          : t("suppressionRule", { n: suppressionThreshold }),
    },
    { label: t("generatedAt"), value: formatDateTime(generatedAt.toISOString(), locale) },
  ];
  // The metrics' own names, as the dashboards show them; the interval bounds are the export's.
  const headings = columns.map((c) =>
    c.key in messages.fi.metrics.names ? translate(locale, `metrics.names.${c.key}`) : t(`columns.${c.key}`),
  );
  const tables: ExportTable[] = [
    {
      title: t("trendTitle"),
      columns: [t("columns.period"), ...headings],
      rows: dashboard.trend.map((row) => [
        { kind: "text", text: row.period.label },
        ...columns.map((c) => c.cell(row.figures)),
      ]),
    },
  ];
  if (dashboard.parts.length > 0) {
    tables.push({
      title: t("partsTitle", { label: period.label }),
      columns: [t("columns.group"), ...headings],
      rows: dashboard.parts.map((part) => [
        { kind: "text", text: part.name },
        ...columns.map((c) => c.cell(part.figures)),
      ]),
    });
  }
  return { title: t("title"), header, tables };
}

/** A file name with no personal data: level, rule-set-free period label, extension. */
export function outcomeExportFileName(dashboard: OutcomeDashboard, extension: string): string {
  const label = dashboard.period.label.replace(/[^\w-]/g, "_");
  return `polku-outcomes-${dashboard.level}-${label}.${extension}`;
}
