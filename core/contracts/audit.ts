import { z } from "zod";
import { isoDateTime, storableIsoDate } from "./common.ts";

/** One detail of an audit entry in words: a translated field name and its value. */
export const auditDetailLine = z.object({ label: z.string(), value: z.string() });

/**
 * One audit entry as a person reads it, worded by the server in the reader's language: the
 * event's name, who did it (a name, "system", or "a person you do not see"), what it was about,
 * and its details. Internal ids are not part of it.
 */
export const auditEntry = z.object({
  seq: z.number().int(),
  occurredAt: isoDateTime,
  eventType: z.string(),
  eventName: z.string(),
  outcome: z.enum(["success", "denied", "failure"]),
  actorName: z.string(),
  target: z.string().nullable(),
  details: z.array(auditDetailLine),
});

const words = z.string().trim().min(2).max(100);
const paging = {
  /** Entries older than this one (paging backwards from the newest). */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

/**
 * The audit log search: a person by (part of) their name, an event by words of its name in the
 * reader's language, and Helsinki dates from and to (both included).
 */
export const auditQuery = z
  .strictObject({
    person: words.optional(),
    event: words.optional(),
    from: storableIsoDate.optional(),
    to: storableIsoDate.optional(),
    ...paging,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "end_before_start" });

export const auditPage = z.object({
  events: z.array(auditEntry),
  nextBefore: z.number().int().nullable(),
});

/** A role the reader of a client's record held when they read it, with its organisation. */
export const recordUseRole = z.object({ role: z.string(), organisation: z.string() });

/** One read or change of a client's data: who, in which role and organisation, what, when. */
export const recordUseEntry = auditEntry.extend({ actorRoles: z.array(recordUseRole) });

export const recordUseQuery = z.strictObject(paging);

export const recordUsePage = z.object({
  entries: z.array(recordUseEntry),
  nextBefore: z.number().int().nullable(),
});
