import type { z } from "zod";
import type { cooperationAgreementContent } from "../../../core/contracts/documents.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { insertDocumentVersion } from "../plans/insert-document-version.ts";
import type { Database } from "../platform/db/database.ts";
import { agreementVersionOf, type CooperationAgreementVersionView } from "./load-cooperation-agreement.ts";

/**
 * Saves what was agreed as a new, unconfirmed version: a correction to a confirmed agreement is
 * confirmed again, and the confirmed version stays readable beside it.
 */
export function saveCooperationAgreement(
  database: Database,
  actor: Actor,
  clientId: string,
  content: z.infer<typeof cooperationAgreementContent>,
): Promise<CooperationAgreementVersionView> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const saved = await insertDocumentVersion(trx, actor, access, "cooperation_agreement", {
      ...content,
      confirmation: null,
    });
    const view = await agreementVersionOf(trx, access, saved.version);
    if (!view) throw new Error("the saved agreement version is missing");
    return view;
  });
}
