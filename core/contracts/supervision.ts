import { z } from "zod";
import { jobEndReasons } from "../jobs/competitive.ts";
import { storableIsoDate, userId, uuid } from "./common.ts";

/** One line about a client on the supervision agenda (core/supervision/agenda.ts). */
export const supervisionItem = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("no_employer_contact"), since: storableIsoDate, days: z.number().int() }),
  z.object({ kind: z.literal("new_job"), startedOn: storableIsoDate, day: z.number().int() }),
  z.object({
    kind: z.literal("job_loss"),
    endedOn: storableIsoDate,
    reason: z.enum(jobEndReasons).nullable(),
  }),
  z.object({ kind: z.literal("referral_waiting"), referredOn: storableIsoDate, days: z.number().int() }),
]);

export const supervisionClient = z.object({
  clientId: uuid,
  name: z.string(),
  items: z.array(supervisionItem),
});

export const supervisionCoach = z.object({
  coachUserId: userId,
  coachName: z.string(),
  /** Null when no FTE is recorded: then there is no caseload limit to compare with. */
  fte: z.number().nullable(),
  activeCount: z.number().int(),
  caseloadLimit: z.number().nullable(),
  caseloadOver: z.boolean().nullable(),
  employerContacts: z.object({ count: z.number().int(), target: z.number(), met: z.boolean() }),
  clients: z.array(supervisionClient),
});

/** The team lead's agenda for the weekly group supervision of one IPS team. */
export const supervisionAgenda = z.object({
  teamId: uuid,
  teamName: z.string(),
  today: storableIsoDate,
  week: z.object({ monday: storableIsoDate, sunday: storableIsoDate }),
  coaches: z.array(supervisionCoach),
  /** Clients of the team whose coach is not one of its coaches now (or who have none yet). */
  unassigned: z.array(supervisionClient),
});

export type SupervisionAgenda = z.infer<typeof supervisionAgenda>;
export type SupervisionItemView = z.infer<typeof supervisionItem>;
