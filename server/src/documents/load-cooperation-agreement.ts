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
 * The agreement of a gated client as a document: a version (the open episode's latest unless one
 * is asked for), every version, the parties and date from the record, and the consents from the
 * consent records. The agreement belongs to its episode: a returning client's new episode starts
 * without one (the earlier ones stay in `versions`), so an agreement made with an earlier coach is
 * neither shown, printed nor confirmed as this episode's. With no open episode, the newest is shown.
 * The caller has passed the gate and writes the audit entry.
 */
export async function loadCooperationAgreement(
  db: Executor,
  client: GatedClient,
  today: string,
  version?: number,
): Promise<CooperationAgreementView & { language: string }> {
  const versions = await planVersionsOf(db, client, "cooperation_agreement").execute();
  const frame = await agreementFrameOf(db, client);
  const episodeLatest =
    frame.episodeId === null
      ? versions[0]
      : await planVersionsOf(db, client, "cooperation_agreement")
          .where("d.episode_id", "=", frame.episodeId)
          .limit(1)
          .executeTakeFirst();
  const shown = version ?? episodeLatest?.version;
  const latest = shown === undefined ? undefined : await agreementVersionOf(db, client, shown);
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
