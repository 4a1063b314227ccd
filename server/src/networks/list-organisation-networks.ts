import type { OrganisationNetworkView } from "../../../core/contracts/networks.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { latestAgreement, presentAgreement } from "./network-query.ts";
import { recordNetworksListed } from "./record-networks-listed.ts";

/** An organisation admin sees every reporting network and the organisation's agreement with each. */
export async function listOrganisationNetworks(
  database: Database,
  actor: Actor,
  organisationId: string,
): Promise<OrganisationNetworkView[]> {
  requireOrganisation(actor, "organisation.manage", organisationId);
  const today = helsinkiDate();
  return inTransaction(database, async (trx) => {
    const networks = await trx
      .selectFrom("reporting_network")
      .select(["id", "name", "kind"])
      .orderBy("kind")
      .orderBy("name")
      .execute();
    const views: OrganisationNetworkView[] = [];
    for (const network of networks) {
      views.push(presentAgreement(network, await latestAgreement(trx, organisationId, network.id), today));
    }
    await recordNetworksListed(
      trx,
      actor,
      views.map((v) => v.networkId),
      organisationId,
      views.filter((v) => v.agreement?.inForce).length,
    );
    return views;
  });
}
