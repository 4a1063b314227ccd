import type { z } from "zod";
import type { cooperationAgreement, cooperationAgreementVersion } from "../../../core/contracts/documents.ts";
import { agreementConsents } from "../../../core/documents/agreement-rules.ts";
import type { GatedClient } from "../access/gated-client.ts";
import { consentsOf, presentConsent } from "../consent/present-consent.ts";
import { planVersionOf, planVersionsOf } from "../plans/plan-query.ts";
import { presentPlanVersion, presentPlanVersionSummary } from "../plans/present-plan.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { agreementFrameOf } from "./agreement-parties.ts";

export type CooperationAgreementView = z.infer<typeof cooperationAgreement>;
export type CooperationAgreementVersionView = z.infer<typeof cooperationAgreementVersion>;

/** One stored version of the agreement, presented (its content passed the contract when saved). */
export async function agreementVersionOf(db: Executor, client: GatedClient, version: number) {
  const row = await planVersionOf(db, client, "cooperation_agreement", version);
  // The content passed the agreement's contract when it was saved.
  return row
    ? (presentPlanVersion("cooperation_agreement", row) as unknown as CooperationAgreementVersionView)
    : undefined;
}

/**
 * The agreement of a gated client as a document: a version (the latest unless one is asked for),
 * every version, the parties and date from the record, and the consents from the consent records.
 * The caller has passed the gate and writes the audit entry.
 */
export async function loadCooperationAgreement(
  db: Executor,
  client: GatedClient,
  today: string,
  version?: number,
): Promise<CooperationAgreementView & { language: string }> {
  const versions = await planVersionsOf(db, client, "cooperation_agreement").execute();
  const shown = version ?? versions[0]?.version;
  const latest = shown === undefined ? undefined : await agreementVersionOf(db, client, shown);
  const frame = await agreementFrameOf(db, client);
  const consents = (await consentsOf(db, client)).map((c) => presentConsent(c, today));
  const confirmation = latest?.content.confirmation ?? null;
  return {
    latest: latest ?? null,
    versions: versions.map(presentPlanVersionSummary),
    parties: frame.parties,
    agreementDate: frame.agreementDate,
    consents: agreementConsents(consents, confirmation),
    canConfirm: latest !== undefined && latest.version === versions[0]?.version && confirmation === null,
    language: frame.language,
  };
}
