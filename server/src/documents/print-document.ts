import type { PrintableDocument } from "../../../core/documents/codes.ts";
import { translate } from "../../../core/i18n/index.ts";
import { isLocale, type Locale } from "../../../core/i18n/locales.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { planVersionOf, planVersionsOf } from "../plans/plan-query.ts";
import type { Database } from "../platform/db/database.ts";
import { agreementFrameOf } from "./agreement-parties.ts";
import { documentModel } from "./document-models.ts";
import { renderDocumentPdf } from "./document-pdf.ts";
import { loadCooperationAgreement } from "./load-cooperation-agreement.ts";

export type PrintedDocument = { fileName: string; body: Buffer; language: Locale };

/**
 * One of the client's documents as a PDF in the client's preferred language (the reader's when
 * the client's is none of fi/sv/en), its latest version. IPS team only; the print is logged with
 * the version and language, so what left the system on paper can be told afterwards. The file
 * name carries the document's kind and the client's opaque id, nothing personal.
 */
export async function printClientDocument(
  database: Database,
  actor: Actor,
  params: { clientId: string; document: PrintableDocument },
  readerLocale: Locale,
  now: Date,
): Promise<PrintedDocument> {
  const { clientId, document } = params;
  const printed = await withClient(database, actor, clientId, "full", async (trx, access) => {
    const frame = await agreementFrameOf(trx, access);
    const language = isLocale(frame.language) ? frame.language : readerLocale;
    let version: number | null;
    let model: ReturnType<typeof documentModel>;
    if (document === "cooperation_agreement") {
      const agreement = await loadCooperationAgreement(trx, access, helsinkiDate(now));
      version = agreement.latest?.version ?? null;
      model = documentModel(document, language, { agreement });
    } else {
      const newest = await planVersionsOf(trx, access, document).limit(1).executeTakeFirst();
      const plan = newest ? await planVersionOf(trx, access, document, newest.version) : undefined;
      version = plan?.version ?? null;
      model = documentModel(document, language, {
        plan: plan
          ? { version: plan.version, savedAt: new Date(plan.created_at).toISOString(), content: plan.content }
          : null,
      });
    }
    await recordAuditEvent(trx, {
      eventType: "document.printed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { kind: document, version, language },
    });
    return { model, language };
  });
  // Drawn after the transaction: the PDF needs no database, and the lock is not held meanwhile.
  const body = await renderDocumentPdf(printed.model, printed.language, (page, pages) =>
    translate(printed.language, "documents.print.page", { page, pages }),
  );
  return { fileName: `${document.replaceAll("_", "-")}-${clientId}.pdf`, body, language: printed.language };
}
