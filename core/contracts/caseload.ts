import { z } from "zod";
import { caseloadFlags } from "../caseload/flags.ts";
import { phases } from "../episodes/phase.ts";
import { userId, uuid } from "./common.ts";

export const caseloadEntry = z.object({
  clientId: uuid,
  name: z.string(),
  phase: z.enum(phases),
  daysSinceLastContact: z.number().int().nullable(),
  flags: z.array(z.enum(caseloadFlags)),
});

export const caseload = z.object({
  coachUserId: userId,
  coachName: z.string(),
  fte: z.number().nullable(),
  /** Clients in an active phase (engagement to follow-along), the number the limit is about. */
  activeCount: z.number().int(),
  limit: z.number().int(),
  clients: z.array(caseloadEntry),
});

export const teamCaseloads = z.object({
  teamId: uuid,
  teamName: z.string(),
  caseloads: z.array(caseload),
  unassigned: z.array(caseloadEntry),
});
