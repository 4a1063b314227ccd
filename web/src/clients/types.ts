import type { caseload, caseloadEntry, teamCaseloads } from "@core/contracts/caseload";
import type {
  clientRecord,
  clientSummary,
  closeEpisode,
  consent,
  consentWithdrawal,
  createClient,
  duplicateCandidate,
  episode,
  episodeDecision,
  grantConsent,
  reassignEpisode,
  referralInput,
  setOnHold,
  updateClient,
  withdrawConsent,
} from "@core/contracts/clients";
import type { z } from "zod";

/** Types of the client contracts (core/contracts/clients.ts, caseload.ts) as the web app sees them. */
export type ClientSummary = z.infer<typeof clientSummary>;
export type ClientRecord = z.infer<typeof clientRecord>;
export type ClientDetails = NonNullable<ClientRecord["details"]>;
export type Episode = z.infer<typeof episode>;
export type Consent = z.infer<typeof consent>;
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;
export type CreateClient = z.input<typeof createClient>;
export type UpdateClient = z.input<typeof updateClient>;
export type ReferralInput = z.input<typeof referralInput>;
export type EpisodeDecision = z.input<typeof episodeDecision>;
export type SetOnHold = z.input<typeof setOnHold>;
export type CloseEpisode = z.input<typeof closeEpisode>;
export type ReassignEpisode = z.input<typeof reassignEpisode>;
export type GrantConsent = z.input<typeof grantConsent>;
export type WithdrawConsent = z.input<typeof withdrawConsent>;
export type ConsentWithdrawal = z.infer<typeof consentWithdrawal>;
export type Caseload = z.infer<typeof caseload>;
export type CaseloadEntry = z.infer<typeof caseloadEntry>;
export type TeamCaseloads = z.infer<typeof teamCaseloads>;

/** What POST /api/clients answers: created, or possible duplicates to look at first. */
export type CreateClientResult =
  | { created: true; clientId: string; episodeId: string }
  | { created: false; duplicates: DuplicateCandidate[] };
