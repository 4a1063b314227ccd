import type { z } from "zod";
import type { careerProfile, disclosurePlan, jobSearchPlan } from "../../../core/contracts/plans.ts";
import type { PrintableDocument } from "../../../core/documents/codes.ts";
import { formatDateTime, formatShortDate } from "../../../core/i18n/format-date-time.ts";
import { translate } from "../../../core/i18n/index.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import { careerProfileNotes } from "../../../core/plans/codes.ts";
import type { DocumentModel, DocumentSection } from "./document-pdf.ts";
import type { CooperationAgreementView } from "./load-cooperation-agreement.ts";

type Version = { version: number; savedAt: string; content: Record<string, unknown> } | null;
type Occupation = { title: string };

/**
 * The printable documents as headed sections in one language, built from what is stored; labels
 * are the same messages the web app shows. Empty fields are left out, so the paper holds what
 * was written.
 */
export function documentModel(
  document: PrintableDocument,
  locale: Locale,
  source: { agreement: CooperationAgreementView } | { plan: Version },
): DocumentModel {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const date: D = (iso) => (iso ? formatShortDate(iso, locale) : "–");
  const title = t(`documents.kinds.${document}`);
  const latest = "agreement" in source ? source.agreement.latest : source.plan;
  const lines = latest
    ? [t("documents.print.versionLine", { n: latest.version, date: formatDateTime(latest.savedAt, locale) })]
    : [];
  if ("agreement" in source)
    return {
      title,
      lines,
      sections: agreementSections(source.agreement, t, date, (iso) =>
        iso ? formatDateTime(iso, locale) : "–",
      ),
    };
  if (!source.plan) return { title, lines: [t("documents.print.notWritten")], sections: [] };
  const content = source.plan.content;
  const sections =
    document === "career_profile"
      ? careerSections(content as z.infer<typeof careerProfile>, t)
      : document === "job_search_plan"
        ? searchSections(content as z.infer<typeof jobSearchPlan>, t, date)
        : disclosureSections(content as z.infer<typeof disclosurePlan>, t, date);
  return { title, lines, sections };
}

type T = (key: string, params?: Record<string, string | number>) => string;
type D = (iso: string | null | undefined) => string;

const present = (rows: Array<[string, string | null | undefined]>): Array<[string, string]> =>
  rows.filter((r): r is [string, string] => typeof r[1] === "string" && r[1].trim() !== "");
const names = (list: readonly { title?: string; name?: string }[] | string[]) =>
  list.map((item) => (typeof item === "string" ? item : (item.title ?? item.name ?? ""))).join(", ");

function agreementSections(a: CooperationAgreementView, t: T, date: D, at: D): DocumentSection[] {
  const c = a.latest?.content;
  const k = (key: string) => t(`documents.agreement.${key}`);
  const confirmation = c?.confirmation;
  const sections: DocumentSection[] = [
    {
      heading: k("parties"),
      rows: present([
        [k("client"), a.parties.clientName],
        [k("coach"), a.parties.coachName],
        [k("ipsTeam"), a.parties.ipsTeamName],
        [k("treatmentTeam"), a.parties.treatmentTeamName],
        [k("clinicianName"), c?.clinicianName],
        ...(c?.otherParties ?? []).map((p): [string, string] => [
          k("otherParties"),
          p.role ? `${p.name} (${p.role})` : p.name,
        ]),
      ]),
    },
    {
      heading: k("dates"),
      rows: [
        [k("agreementDate"), a.agreementDate ? date(a.agreementDate) : k("notRecorded")],
        ...present([[k("reviewOn"), c?.reviewOn ? date(c.reviewOn) : null]]),
      ],
    },
  ];
  if (c?.goals) sections.push({ heading: k("goals"), paragraphs: [c.goals] });
  if (c && (c.responsibilities.length > 0 || c.responsibilityNotes))
    sections.push({
      heading: k("responsibilities"),
      ...(c.responsibilities.length > 0
        ? {
            table: {
              columns: [k("areaColumn"), k("whoColumn")],
              rows: c.responsibilities.map((r) => [
                t(`documents.areas.${r.area}`),
                t(`documents.parties.${r.party}`),
              ]),
            },
          }
        : {}),
      paragraphs: c.responsibilityNotes ? [c.responsibilityNotes] : [],
    });
  sections.push({
    heading: k("consents"),
    paragraphs: a.consents.length === 0 ? [k("noConsents")] : [],
    rows: a.consents.map((consent): [string, string] => [
      t(`consent.scopes.${consent.scope}`),
      [
        consent.targetTeamName ?? consent.targetOrganisationName,
        t(`consent.methods.${consent.method}`),
        t("documents.agreement.consentGiven", { date: date(consent.givenOn) }),
      ]
        .filter(Boolean)
        .join(", "),
    ]),
  });
  sections.push({
    heading: k("confirmation"),
    paragraphs: [
      confirmation
        ? t("documents.agreement.confirmedLine", {
            method: t(`documents.methods.${confirmation.method}`),
            date: date(confirmation.confirmedOn),
            name: confirmation.recordedByName ?? "–",
            at: at(confirmation.recordedAt),
          })
        : k("notConfirmed"),
    ],
  });
  if (!confirmation || confirmation.method === "signed_on_paper")
    sections.push({
      heading: k("signatures"),
      paragraphs: [k("client"), k("coach")].map((role) => t("documents.agreement.signatureLine", { role })),
    });
  return sections;
}

function careerSections(c: z.infer<typeof careerProfile>, t: T): DocumentSection[] {
  const k = (key: string) => t(`plansUi.career.${key}`);
  return [
    {
      heading: t("documents.kinds.career_profile"),
      rows: present([
        [k("preferredOccupations"), names(c.preferredOccupations as Occupation[])],
        [
          k("preferredHoursPerWeek"),
          c.preferredHoursPerWeek === null ? null : String(c.preferredHoursPerWeek),
        ],
        [k("preferredPlaces"), names(c.preferredPlaces)],
      ]),
    },
    ...careerProfileNotes
      .filter((field) => c[field])
      .map((field) => ({ heading: k(field), paragraphs: [c[field] ?? ""] })),
  ];
}

function searchSections(p: z.infer<typeof jobSearchPlan>, t: T, date: D): DocumentSection[] {
  const k = (key: string) => t(`plansUi.search.${key}`);
  const hours = [p.hoursPerWeekMin, p.hoursPerWeekMax].map((h) => (h === null ? "" : String(h)));
  const sections: DocumentSection[] = [
    {
      heading: t("documents.kinds.job_search_plan"),
      rows: present([
        [k("targetOccupations"), names(p.targetOccupations)],
        [k("targetIndustries"), names(p.targetIndustries)],
        [k("targetEmployers"), names(p.targetEmployers)],
        [k("hours"), hours.some(Boolean) ? hours.join("–") : null],
        [k("municipalities"), names(p.municipalities)],
      ]),
    },
  ];
  if (p.steps.length > 0)
    sections.push({
      heading: k("steps"),
      table: {
        columns: [k("steps"), k("owner"), k("due")],
        rows: p.steps.map((s) => [s.text, t(`plans.stepOwners.${s.owner}`), s.due ? date(s.due) : "–"]),
      },
    });
  return sections;
}

function disclosureSections(p: z.infer<typeof disclosurePlan>, t: T, date: D): DocumentSection[] {
  const k = (key: string) => t(`plansUi.disclosure.${key}`);
  return [
    { heading: t("documents.kinds.disclosure_plan"), rows: [[k("discussedOn"), date(p.discussedOn)]] },
    ...p.entries.map((e) => ({
      heading: e.employerName,
      rows: present([
        [k("decision"), t(`plans.disclosureDecisions.${e.decision}`)],
        [k("whatMayBeSaid"), e.whatMayBeSaid],
        [k("accommodations"), e.accommodations],
      ]),
    })),
    ...(p.notes ? [{ heading: t("plansUi.notes"), paragraphs: [p.notes] }] : []),
  ];
}
