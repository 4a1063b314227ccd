import { z } from "zod";
import {
  confirmationMethods,
  printableDocuments,
  responsibilityAreas,
  responsibleParties,
} from "../documents/codes.ts";
import { consent, isoDate } from "./clients.ts";
import { isoDateTime, userId, uuid } from "./common.ts";
import { planVersionSummary } from "./plans.ts";

const note = (max = 4000) => z.string().trim().max(max).nullable().default(null);
const name = z.string().trim().min(1).max(200);

/**
 * What the coach writes into the cooperation agreement (yhteistyösopimus). The client, coach and
 * teams come from the record, the consents from the consent records, the agreement's date from
 * the episode; none of them is retyped here.
 */
export const cooperationAgreementContent = z.strictObject({
  /** The treatment team's contact person (omahoitaja, lääkäri), as the client names them. */
  clinicianName: z.string().trim().max(200).nullable().default(null),
  otherParties: z
    .array(z.strictObject({ name, role: z.string().trim().max(200).nullable().default(null) }))
    .max(10)
    .default([]),
  responsibilities: z
    .array(z.strictObject({ area: z.enum(responsibilityAreas), party: z.enum(responsibleParties) }))
    .max(responsibilityAreas.length)
    .default([])
    .refine((list) => new Set(list.map((r) => r.area)).size === list.length, { message: "already_exists" }),
  responsibilityNotes: note(),
  goals: note(),
  reviewOn: isoDate.nullable().default(null),
});

/** How and when the client confirmed one version, and who recorded it (set by the server). */
export const agreementConfirmation = z.object({
  method: z.enum(confirmationMethods),
  confirmedOn: isoDate,
  recordedBy: userId,
  recordedByName: z.string().nullable(),
  recordedAt: isoDateTime,
  /** The consents in force when it was confirmed: the document shows those, as they are now. */
  consentIds: z.array(uuid),
});

/** One stored version: what was written, and its confirmation (null until confirmed). */
export const cooperationAgreementVersion = planVersionSummary.extend({
  kind: z.literal("cooperation_agreement"),
  content: cooperationAgreementContent.extend({ confirmation: agreementConfirmation.nullable() }),
});

/** The agreement as the Documents tab shows it. */
export const cooperationAgreement = z.object({
  latest: cooperationAgreementVersion.nullable(),
  versions: z.array(planVersionSummary),
  parties: z.object({
    clientName: z.string(),
    coachName: z.string().nullable(),
    ipsTeamName: z.string().nullable(),
    treatmentTeamName: z.string().nullable(),
  }),
  /** The agreement's date as the episode records it (it starts the service). */
  agreementDate: isoDate.nullable(),
  /** Those recorded at confirmation for a confirmed version, else those in force today. */
  consents: z.array(consent),
  canConfirm: z.boolean(),
});

export const saveCooperationAgreement = z.strictObject({ content: cooperationAgreementContent });
export const confirmCooperationAgreement = z.strictObject({
  method: z.enum(confirmationMethods),
  confirmedOn: isoDate,
});

export const printParams = z.strictObject({ clientId: uuid, document: z.enum(printableDocuments) });
