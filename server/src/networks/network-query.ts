import type { OrganisationNetworkView } from "../../../core/contracts/networks.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";

export type NetworkRow = { id: string; name: string; kind: "region" | "national" };

/** The network, or 404. */
export async function networkOrNotFound(db: Executor, networkId: string): Promise<NetworkRow> {
  const row = await db
    .selectFrom("reporting_network")
    .select(["id", "name", "kind"])
    .where("id", "=", networkId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export type NetworkAgreement = {
  organisationId: string;
  name: string;
  agreedOn: string;
  endedOn: string | null;
};

/** Every agreement, in force or ended, of the organisations with a network (its outcome page reads them). */
export async function networkAgreements(db: Executor, networkId: string): Promise<NetworkAgreement[]> {
  return (
    await db
      .selectFrom("network_membership as m")
      .innerJoin("organisation as o", "o.id", "m.organisation_id")
      .select(["m.organisation_id", "o.name", "m.agreed_on", "m.ended_on"])
      .where("m.network_id", "=", networkId)
      .execute()
  ).map((r) => ({
    organisationId: r.organisation_id,
    name: r.name,
    agreedOn: r.agreed_on,
    endedOn: r.ended_on,
  }));
}

/** How many organisations' agreements with each network are in force on `day`. */
export async function memberCounts(
  db: Executor,
  networkIds: readonly string[],
  day: string,
): Promise<Map<string, number>> {
  if (networkIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("network_membership")
    .select((eb) => ["network_id", eb.fn.countAll<string>().as("n")])
    .where("network_id", "in", [...networkIds])
    .where("agreed_on", "<=", day)
    .where((eb) => eb.or([eb("ended_on", "is", null), eb("ended_on", ">=", day)]))
    .groupBy("network_id")
    .execute();
  return new Map(rows.map((r) => [r.network_id, Number(r.n)]));
}

/** The organisation's latest agreement with the network (an open one first), or undefined. */
export async function latestAgreement(db: Executor, organisationId: string, networkId: string) {
  return db
    .selectFrom("network_membership")
    .select(["id", "agreed_on", "ended_on"])
    .where("organisation_id", "=", organisationId)
    .where("network_id", "=", networkId)
    .orderBy((eb) => eb("ended_on", "is", null), "desc")
    .orderBy("agreed_on", "desc")
    .executeTakeFirst();
}

export function presentAgreement(
  network: NetworkRow,
  agreement: { agreed_on: string; ended_on: string | null } | undefined,
  today: string,
): OrganisationNetworkView {
  return {
    networkId: network.id,
    name: network.name,
    kind: network.kind,
    agreement: agreement
      ? {
          agreedOn: agreement.agreed_on,
          endedOn: agreement.ended_on,
          inForce:
            agreement.agreed_on <= today && (agreement.ended_on === null || agreement.ended_on >= today),
        }
      : null,
  };
}
