import type { AuditEventType } from "../event-types.ts";
import type { auditFi } from "./fi.ts";

type Source = typeof auditFi;

/** Every language's audit catalogue has exactly the Finnish one's keys, and a name per event type. */
export type AuditMessages = { [Group in keyof Source]: Record<keyof Source[Group], string> } & {
  events: Record<AuditEventType, string>;
};

/** What the Finnish source must hold: a name for every event type, and groups of words. */
export type AuditSource = {
  events: Record<AuditEventType, string>;
  outcomes: Record<"success" | "denied" | "failure", string>;
  targets: Record<string, string>;
  fields: Record<string, string>;
  values: Record<
    "yes" | "no" | "clients" | "oneClient" | "items" | "hiddenClient" | "unknownPerson" | "system",
    string
  >;
  codes: Record<string, string>;
  fieldNames: Record<string, string>;
};
