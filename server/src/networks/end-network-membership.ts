import type { OrganisationNetworkView } from "../../../core/contracts/networks.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict, invalid, notFound } from "../platform/http/app-error.ts";
import { latestAgreement, networkOrNotFound, presentAgreement } from "./network-query.ts";

/**
 * An organisation admin ends the organisation's agreement with a network on a date (it may be a
 * coming quarter's last day). Periods after it no longer show the organisation in the network; the
 * agreement stays recorded. Ending an agreement that has already ended is a conflict.
 */
export async function endNetworkMembership(
  database: Database,
  actor: Actor,
  organisationId: string,
  networkId: string,
  endedOn: string,
): Promise<OrganisationNetworkView> {
  requireOrganisation(actor, "organisation.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const network = await networkOrNotFound(trx, networkId);
    const agreement = await latestAgreement(trx, organisationId, networkId);
    if (!agreement) throw notFound();
    if (agreement.ended_on !== null) throw conflict();
    if (endedOn < agreement.agreed_on) throw invalid({ endedOn: { key: "end_before_start" } });
    const row = await trx
      .updateTable("network_membership")
      .set({ ended_on: endedOn, ended_by: actor.userId })
      .where("id", "=", agreement.id)
      .where("ended_on", "is", null)
      .returning(["id", "agreed_on", "ended_on"])
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "network.membership_ended",
      actorUserId: actor.userId,
      organisationId,
      targetType: "reporting_network",
      targetId: networkId,
      details: { membershipId: row.id, endedOn },
    });
    return presentAgreement(network, row, helsinkiDate());
  });
}
