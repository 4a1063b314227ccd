import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { type DisclosureWarning, disclosureWarningsFor } from "./disclosure-warnings.ts";
import { employerOfOrganisation } from "./employer-of-organisation.ts";
import { gateJobSeekers } from "./gate-job-seekers.ts";

export type DisclosureCheck = { employerId: string; clientIds: string[] };

/**
 * Answers, while the coach is still filling in the contact form, which of the chosen job seekers'
 * disclosure plans do not allow health to be discussed with the chosen employer. It reads each
 * client's disclosure plan, so each read is in the use log.
 */
export function checkDisclosure(
  database: Database,
  actor: Actor,
  organisationId: string,
  query: DisclosureCheck,
): Promise<DisclosureWarning[]> {
  requireOrganisation(actor, "employer.read", organisationId);
  return inTransaction(database, async (trx) => {
    const employer = await employerOfOrganisation(trx, organisationId, query.employerId);
    const seekers = await gateJobSeekers(trx, actor, organisationId, query.clientIds);
    for (const seeker of seekers) {
      await recordAuditEvent(trx, {
        eventType: "document.viewed",
        actorUserId: actor.userId,
        organisationId,
        targetType: "client",
        targetId: seeker.id,
        details: { kind: "disclosure_plan", purpose: "disclosure_check", employerId: employer.id },
      });
    }
    return disclosureWarningsFor(trx, employer, seekers);
  });
}
