import { figuresOf } from "../../../core/outcomes/figures.ts";
import { quarterPeriod } from "../../../core/outcomes/periods.ts";
import { mergeSummaries } from "../../../core/outcomes/summarise.ts";
import type { OutcomeSummary } from "../../../core/outcomes/types.ts";
import type { Trx } from "../platform/db/transaction.ts";
import { lockOrganisationTotals, type TotalKey } from "./total-keys.ts";

/** The organisations whose agreement with the network was in force at some time in the quarter, sorted. */
export async function membersDuring(trx: Trx, networkId: string, quarter: string): Promise<string[]> {
  const period = quarterPeriod(quarter);
  const rows = await trx
    .selectFrom("network_membership")
    .select("organisation_id")
    .where("network_id", "=", networkId)
    .where("agreed_on", "<=", period.to)
    .where((eb) => eb.or([eb("ended_on", "is", null), eb("ended_on", ">=", period.from)]))
    .execute();
  return [...new Set(rows.map((r) => r.organisation_id))].sort();
}

/** A network's totals of one quarter: its members' organisation totals merged. */
export async function computeNetworkTotals(
  trx: Trx,
  networkId: string,
  quarter: string,
  keys: readonly TotalKey[],
) {
  const members = await membersDuring(trx, networkId, quarter);
  await lockOrganisationTotals(trx, members);
  const rows =
    members.length === 0
      ? []
      : await trx
          .selectFrom("outcome_org_quarter")
          .select(["organisation_id", "rule_set_id", "rule_set_version", "summary"])
          .where("organisation_id", "in", members)
          .where("quarter", "=", quarter)
          .orderBy("organisation_id")
          .execute();
  const now = new Date();
  const values = keys.map((k) => {
    const summary = mergeSummaries(
      rows
        .filter((r) => r.rule_set_id === k.ruleSetId && r.rule_set_version === k.ruleSetVersion)
        .map((r) => r.summary as OutcomeSummary),
      quarterPeriod(quarter),
      { id: k.ruleSetId, version: k.ruleSetVersion } as OutcomeSummary["ruleSet"],
    );
    return {
      network_id: networkId,
      quarter,
      rule_set_id: k.ruleSetId,
      rule_set_version: k.ruleSetVersion,
      organisation_ids: members,
      figures: JSON.stringify(figuresOf(summary)),
      computed_at: now,
    };
  });
  await trx
    .insertInto("outcome_network_quarter")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["network_id", "quarter", "rule_set_id", "rule_set_version"]).doUpdateSet((eb) => ({
        organisation_ids: eb.ref("excluded.organisation_ids"),
        figures: eb.ref("excluded.figures"),
        computed_at: eb.ref("excluded.computed_at"),
      })),
    )
    .execute();
}
