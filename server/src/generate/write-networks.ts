import { sql } from "kysely";
import type { Trx } from "../platform/db/transaction.ts";
import { isoOf, uuidFor } from "./identifiers.ts";
import type { PopulationPlan } from "./plan-population.ts";
import { GENERATOR_USER_ID } from "./write-structure.ts";

export const NATIONAL_NETWORK = "IPS-vertailu: koko maa";

/**
 * Reporting networks (migration 0008): one national benchmark that every generated organisation
 * has joined, and one regional network per group of neighbouring counties with two or more
 * organisations. Agreements date from the start of the history, so every generated period shows.
 * A network of the same name is reused (a second dataset joins it).
 */
export async function writeNetworks(
  trx: Trx,
  plan: PopulationPlan,
  seed: number,
): Promise<{ networkIds: string[]; memberships: number }> {
  const regions = new Map<string, string[]>();
  for (const o of plan.organisations) regions.set(o.region, [...(regions.get(o.region) ?? []), o.id]);
  const networks: { name: string; kind: "national" | "region"; members: string[] }[] = [
    { name: NATIONAL_NETWORK, kind: "national", members: plan.organisations.map((o) => o.id) },
    ...[...regions]
      .filter(([, members]) => members.length >= 2)
      .map(([region, members]) => ({ name: `IPS-vertailu: ${region}`, kind: "region" as const, members })),
  ];
  const agreedOn = isoOf(plan.start);
  const networkIds: string[] = [];
  let memberships = 0;
  for (const network of networks) {
    const existing = await trx
      .selectFrom("reporting_network")
      .select("id")
      .where(sql<boolean>`lower(name) = lower(${network.name})`)
      .executeTakeFirst();
    const id =
      existing?.id ??
      (
        await trx
          .insertInto("reporting_network")
          .values({
            id: uuidFor(seed, `network:${network.name}`),
            name: network.name,
            kind: network.kind,
            created_by: GENERATOR_USER_ID,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    networkIds.push(id);
    const rows = await trx
      .insertInto("network_membership")
      .values(
        network.members.map((organisationId) => ({
          id: uuidFor(seed, `network-membership:${network.name}:${organisationId}`),
          network_id: id,
          organisation_id: organisationId,
          agreed_on: agreedOn,
          agreed_by: GENERATOR_USER_ID,
        })),
      )
      .onConflict((oc) =>
        oc.columns(["network_id", "organisation_id"]).where("ended_on", "is", null).doNothing(),
      )
      .execute();
    memberships += rows.reduce((sum, r) => sum + Number(r.numInsertedOrUpdatedRows ?? 0), 0);
  }
  return { networkIds, memberships };
}
