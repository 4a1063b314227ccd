import type { z } from "zod";
import type { OrganisationNetworkView, joinNetwork as schema } from "../../../core/contracts/networks.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict, invalid } from "../platform/http/app-error.ts";
import { networkOrNotFound, presentAgreement } from "./network-query.ts";

/**
 * An organisation admin records the organisation's agreement to report into a network, dated the
 * day it takes effect (not in the future). From then on the organisation's figures are part of the
 * network's page for every period the agreement is in force; nothing before it is shown there.
 */
export async function joinNetwork(
  database: Database,
  actor: Actor,
  organisationId: string,
  input: z.infer<typeof schema>,
): Promise<OrganisationNetworkView> {
  requireOrganisation(actor, "organisation.manage", organisationId);
  const today = helsinkiDate();
  if (input.agreedOn > today) throw invalid({ agreedOn: { key: "in_future" } });
  return inTransaction(database, async (trx) => {
    const network = await networkOrNotFound(trx, input.networkId);
    // An open agreement, or an ended one reaching the new date: the periods would overlap.
    const overlapping = await trx
      .selectFrom("network_membership")
      .select("id")
      .where("organisation_id", "=", organisationId)
      .where("network_id", "=", network.id)
      .where((eb) => eb.or([eb("ended_on", "is", null), eb("ended_on", ">=", input.agreedOn)]))
      .executeTakeFirst();
    if (overlapping) throw conflict({ networkId: { key: "already_exists" } });
    const row = await trx
      .insertInto("network_membership")
      .values({
        network_id: network.id,
        organisation_id: organisationId,
        agreed_on: input.agreedOn,
        agreed_by: actor.userId,
      })
      .returning(["id", "agreed_on", "ended_on"])
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "network.joined",
      actorUserId: actor.userId,
      organisationId,
      targetType: "reporting_network",
      targetId: network.id,
      details: { membershipId: row.id, agreedOn: row.agreed_on },
    });
    return presentAgreement(network, row, today);
  });
}
