import { formatDateTime, formatShortDate } from "../i18n/format-date-time.ts";
import { translate } from "../i18n/index.ts";
import type { Locale } from "../i18n/locales.ts";
import { type AuditEventType, auditEventTypes } from "./event-types.ts";
import { auditWord } from "./messages/index.ts";

/**
 * Names the reader may see, resolved by the server through the gate: null when the reader may
 * not see the person, team, client or employer (then the detail says so, never shows the id).
 */
export type AuditNames = {
  person: (id: string) => string | null;
  team: (id: string) => string | null;
  client: (id: string) => string | null;
  employer: (id: string) => string | null;
};

export type AuditDetailLine = { label: string; value: string };

type Kind =
  | "person"
  | "persons"
  | "team"
  | "teams"
  | "client"
  | "clients"
  | "employer"
  | "hidden"
  | "counted"
  | "fieldList"
  | "todoItem";

/** How each detail key is shown. Ids are never shown as such: a name, a count, or nothing. */
const kinds: Record<string, Kind> = {
  firstAdminUserId: "person",
  coachUserId: "person",
  evaluatorId: "person",
  coachUserIds: "persons",
  teamId: "team",
  ipsTeamId: "team",
  treatmentTeamId: "team",
  teamIds: "teams",
  clientId: "client",
  clientIds: "clients",
  matchedClientIds: "clients",
  clientIdsNamed: "clients",
  employerId: "employer",
  disclosureWarnings: "counted",
  activityIds: "counted",
  attachmentIds: "counted",
  consentIds: "counted",
  contactIds: "counted",
  leadIds: "counted",
  contactPersonIds: "counted",
  rotated: "counted",
  organisationIds: "counted",
  networkIds: "counted",
  revisions: "counted",
  changed: "fieldList",
  fields: "fieldList",
  filters: "fieldList",
  factors: "fieldList",
  // A to-do's key names its kind, the id of what it is about and the day: the kind is shown.
  key: "todoItem",
};
const hidden = new Set([
  "attachmentId",
  "episodeId",
  "previousEpisodeId",
  "membershipId",
  "consentId",
  "activityId",
  "appointmentId",
  "jobId",
  "workTrialId",
  "studyId",
  "feedId",
  "leadId",
  "cohortId",
  "sourceContactId",
  "scopeId",
  "networkId",
  "targetId",
  "seed",
]);

/** Codes that the main catalogue already words, by the detail key that carries them. */
const catalogueCodes: Record<string, readonly string[]> = {
  role: ["roles"],
  phase: ["clients.phases"],
  situation: ["episodes.situations"],
  endReason: ["work.endReasons"],
  ruleSet: ["dashboards.ruleSets"],
  kind: ["teamKinds", "plans.kinds", "documents.kinds", "documents.attachments.kinds"],
  method: ["documents.methods"],
  type: ["organisationTypes", "activities.types"],
  source: ["episodes.sources"],
  scope: ["consent.scopes"],
  reason: ["episodes.closureReasons", "episodes.declineReasons"],
  key: ["todo.kinds"],
};

/** True when a detail key is shown to the reader at all (ids of records are never shown). */
export function auditDetailShown(key: string): boolean {
  return !hidden.has(key);
}

/** The event type in words, in the reader's language. */
export function auditEventName(locale: Locale, eventType: string): string {
  return auditWord(locale, "events", eventType) ?? eventType;
}

/** The event types whose name in this language holds every word typed (any case, any order). */
export function auditEventTypesMatching(locale: Locale, text: string): AuditEventType[] {
  const words = text.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  return auditEventTypes.filter((type) => {
    const name = auditEventName(locale, type).toLocaleLowerCase(locale);
    return words.every((word) => name.includes(word));
  });
}

/** A moment as the server writes it (2026-12-06T22:00:00.000Z): shown in Finnish time, in words. */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar day as the server writes it (2026-12-14). */
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** "businessId" → "business id": the last resort for a code no catalogue words. */
function humanise(code: string): string {
  return code
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_.]/g, " ")
    .toLowerCase();
}

function codeWord(locale: Locale, key: string, code: string): string {
  for (const prefix of catalogueCodes[key] ?? []) {
    const text = translate(locale, `${prefix}.${code}`);
    if (text !== `${prefix}.${code}`) return text;
  }
  return auditWord(locale, "codes", code) ?? auditWord(locale, "fieldNames", code) ?? humanise(code);
}

function wordedValue(locale: Locale, key: string, value: unknown, names: AuditNames): string | null {
  const word = (group: "values", k: string, params?: Record<string, number>) =>
    auditWord(locale, group, k, params) ?? k;
  const kind = kinds[key];
  const list = Array.isArray(value) ? value : null;
  if (hidden.has(key) || value === null || value === undefined) return null;
  switch (kind) {
    case "person":
      return names.person(String(value)) ?? word("values", "unknownPerson");
    case "persons":
      return (list ?? []).map((id) => names.person(String(id)) ?? word("values", "unknownPerson")).join(", ");
    case "team":
      return names.team(String(value));
    case "teams":
      return (
        (list ?? [])
          .map((id) => names.team(String(id)))
          .filter(Boolean)
          .join(", ") || null
      );
    case "employer":
      return names.employer(String(value));
    case "client":
      return names.client(String(value)) ?? word("values", "hiddenClient");
    case "clients": {
      const ids = (list ?? []).map(String);
      const shown = ids.map((id) => names.client(id)).filter((n): n is string => n !== null);
      // Names only when the reader sees every client named; otherwise the count alone, so a
      // partial list does not suggest the others were not there.
      if (ids.length > 0 && shown.length === ids.length) return shown.join(", ");
      return ids.length === 1
        ? word("values", "oneClient")
        : word("values", "clients", { count: ids.length });
    }
    case "counted":
      return word("values", "items", { count: (list ?? []).length });
    case "fieldList":
      return (list ?? []).map((code) => codeWord(locale, key, String(code))).join(", ");
    case "todoItem":
      return codeWord(locale, key, String(value).split(":")[0] ?? "");
  }
  if (typeof value === "boolean") return word("values", value ? "yes" : "no");
  if (typeof value === "number") return String(value);
  if (typeof value === "string" && isoInstant.test(value)) return formatDateTime(value, locale);
  if (typeof value === "string" && isoDate.test(value)) return formatShortDate(value, locale);
  if (typeof value === "string") return codeWord(locale, key, value);
  if (list) return list.map((v) => codeWord(locale, key, String(v))).join(", ");
  if (typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${humanise(k)}: ${String(v)}`)
      .join(", ");
  return null;
}

/**
 * An event's details as lines of words in the reader's language: translated field names and
 * values, names only where the reader may see them, counts for lists, and no internal ids.
 */
export function describeAuditDetails(
  locale: Locale,
  details: Record<string, unknown>,
  names: AuditNames,
): AuditDetailLine[] {
  const lines: AuditDetailLine[] = [];
  for (const [key, value] of Object.entries(details)) {
    const text = wordedValue(locale, key, value, names);
    if (text === null || text === "") continue;
    lines.push({ label: auditWord(locale, "fields", key) ?? humanise(key), value: text });
  }
  return lines;
}

/** What the event was about, in words: the kind of target and its name when the reader may see it. */
export function describeAuditTarget(
  locale: Locale,
  targetType: string | null,
  targetId: string | null,
  names: AuditNames,
): string | null {
  if (!targetType) return null;
  const kind = auditWord(locale, "targets", targetType) ?? humanise(targetType);
  if (!targetId) return kind;
  const name =
    targetType === "user"
      ? names.person(targetId)
      : targetType === "team"
        ? names.team(targetId)
        : targetType === "client"
          ? names.client(targetId)
          : targetType === "employer"
            ? names.employer(targetId)
            : null;
  return name ? `${kind}: ${name}` : kind;
}
