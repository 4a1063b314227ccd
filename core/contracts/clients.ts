import { z } from "zod";
import { consentMethods, consentScopes } from "../consent/scopes.ts";
import { phases } from "../episodes/phase.ts";
import {
  closureReasons,
  declineReasons,
  referralSources,
  situationsAtStart,
} from "../episodes/referral-and-closure.ts";
import { parseHenkilotunnus } from "../identity/henkilotunnus.ts";
import { isoDateTime, storableIsoDate, userId, uuid } from "./common.ts";

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const isoDate = storableIsoDate;

export const educationLevels = [
  "basic",
  "upper_secondary",
  "vocational",
  "bachelor",
  "master",
  "doctorate",
  "none",
  "other",
] as const;
export const diagnosisGroups = [
  "psychotic",
  "mood",
  "anxiety",
  "personality",
  "substance_use",
  "neurodevelopmental",
  "other",
] as const;
export const clientLanguages = ["fi", "sv", "en", "other"] as const;

/** A henkilötunnus that passes format, date and check-character validation. */
export const henkilotunnus = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((v, ctx) => {
    const result = parseHenkilotunnus(v);
    if (result.valid) return;
    // A code whose date is still to come is well formed but cannot be anyone's yet: say so.
    const message = result.problem === "future_date" ? "birth_date_in_future" : "invalid_henkilotunnus";
    ctx.addIssue({ code: "custom", message });
  });

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const clientDetailsInput = z.strictObject({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  henkilotunnus: henkilotunnus.nullable().optional(),
  /** Only when no henkilötunnus is given. */
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  phone: optionalText(40),
  email: z.email().max(254).nullable().optional(),
  address: optionalText(300),
  municipality: optionalText(100),
  preferredLanguage: z.enum(clientLanguages).default("fi"),
  educationLevel: z.enum(educationLevels).nullable().optional(),
  educationNotes: optionalText(2000),
  workHistory: optionalText(4000),
  diagnosisGroup: z.enum(diagnosisGroups).nullable().optional(),
});

export const referralInput = z.strictObject({
  referralDate: isoDate,
  source: z.enum(referralSources),
  referrerName: optionalText(200),
  situationAtStart: z.enum(situationsAtStart),
  ipsTeamId: uuid,
  coachUserId: userId.nullable().optional(),
  treatmentTeamId: uuid.nullable().optional(),
});

export const createClient = z.strictObject({
  client: clientDetailsInput,
  referral: referralInput,
  /** Set after the user has seen the possible duplicates and still wants a new record. */
  confirmNotDuplicate: z.boolean().default(false),
});

export const updateClient = clientDetailsInput.partial();

export const duplicateCandidate = z.object({
  clientId: uuid.nullable(),
  name: z.string().nullable(),
  reason: z.enum(["henkilotunnus", "name_and_birth_date"]),
  /** False when the record exists in the organisation but not in the caller's view. */
  visible: z.boolean(),
});

export const assignment = z.object({
  coachUserId: userId.nullable(),
  coachName: z.string().nullable(),
  ipsTeamId: uuid,
  ipsTeamName: z.string(),
  treatmentTeamId: uuid.nullable(),
  treatmentTeamName: z.string().nullable(),
  validFrom: isoDateTime,
});

export const episode = z.object({
  id: uuid,
  referralDate: isoDate,
  source: z.enum(referralSources),
  referrerName: z.string().nullable(),
  referralDecision: z.enum(["pending", "accepted", "declined"]),
  decisionDate: isoDate.nullable(),
  declineReason: z.enum(declineReasons).nullable(),
  /** Null in the shared view: the situation at start tells of benefits and health. */
  situationAtStart: z.enum(situationsAtStart).nullable(),
  agreementDate: isoDate.nullable(),
  onHold: z.boolean(),
  closureDate: isoDate.nullable(),
  closureReason: z.enum(closureReasons).nullable(),
  previousEpisodeId: uuid.nullable(),
  phase: z.enum(phases),
  assignment: assignment.nullable(),
  outreachAttempts: z.number().int().nullable(),
});

export const consent = z.object({
  id: uuid,
  scope: z.enum(consentScopes),
  targetTeamId: uuid.nullable(),
  targetTeamName: z.string().nullable(),
  targetOrganisationId: uuid.nullable(),
  targetOrganisationName: z.string().nullable(),
  givenOn: isoDate,
  method: z.enum(consentMethods),
  validUntil: isoDate.nullable(),
  withdrawnOn: isoDate.nullable(),
  inForce: z.boolean(),
  recordedByName: z.string().nullable(),
});

export const grantConsent = z.strictObject({
  scope: z.enum(consentScopes),
  targetTeamId: uuid.nullable().default(null),
  targetOrganisationId: uuid.nullable().default(null),
  givenOn: isoDate,
  method: z.enum(consentMethods),
  validUntil: isoDate.nullable().default(null),
});

export const withdrawConsent = z.strictObject({
  withdrawnOn: isoDate,
  note: optionalText(1000),
});

/** What every viewer with access sees. */
export const clientSummary = z.object({
  id: uuid,
  organisationId: uuid,
  name: z.string(),
  initials: z.string(),
  phase: z.enum(phases),
  coachName: z.string().nullable(),
  ipsTeamName: z.string().nullable(),
  /** "full": the IPS team's record; "shared": what the client's consent lets this viewer see. */
  access: z.enum(["full", "shared"]),
});

export const clientRecord = clientSummary.extend({
  details: z
    .object({
      firstName: z.string(),
      lastName: z.string(),
      henkilotunnus: z.string().nullable(),
      birthDate: isoDate.nullable(),
      birthYear: z.number().int().nullable(),
      age: z.number().int().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      address: z.string().nullable(),
      municipality: z.string().nullable(),
      preferredLanguage: z.enum(clientLanguages),
      educationLevel: z.enum(educationLevels).nullable(),
      educationNotes: z.string().nullable(),
      workHistory: z.string().nullable(),
      diagnosisGroup: z.enum(diagnosisGroups).nullable(),
    })
    .nullable(),
  episodes: z.array(episode),
  consents: z.array(consent),
  canEdit: z.boolean(),
});

/** The withdrawal's answer: the record, and who still sees it under another consent in force. */
export const consentWithdrawal = clientRecord.extend({
  stillSharedWith: z.array(
    z.object({ consentId: uuid, scope: z.enum(consentScopes), recipientName: z.string().nullable() }),
  ),
});

export const episodeDecision = z.discriminatedUnion("decision", [
  z.strictObject({ decision: z.literal("accepted"), decisionDate: isoDate }),
  z.strictObject({
    decision: z.literal("declined"),
    decisionDate: isoDate,
    declineReason: z.enum(declineReasons),
    declineNote: optionalText(1000),
  }),
]);

export const recordAgreement = z.strictObject({ agreementDate: isoDate });
export const setOnHold = z.strictObject({ onHold: z.boolean(), since: isoDate.optional() });
export const closeEpisode = z.strictObject({
  closureDate: isoDate,
  closureReason: z.enum(closureReasons),
  closureNote: optionalText(1000),
});
export const reassignEpisode = z.strictObject({
  ipsTeamId: uuid,
  coachUserId: userId.nullable(),
  treatmentTeamId: uuid.nullable(),
});
export const reReferral = referralInput;

export const clientParams = z.strictObject({ clientId: uuid });
export const episodeParams = z.strictObject({ clientId: uuid, episodeId: uuid });
export const consentParams = z.strictObject({ clientId: uuid, consentId: uuid });

export const clientSearch = z.strictObject({
  q: z.string().trim().min(2).max(100).optional(),
  phase: z.enum(phases).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
