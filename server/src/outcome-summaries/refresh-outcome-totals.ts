import { sql } from "kysely";
import { figuresOf } from "../../../core/outcomes/figures.ts";
import { quarterPeriod } from "../../../core/outcomes/periods.ts";
import { mergeSummaries } from "../../../core/outcomes/summarise.ts";
import type { OutcomeSummary } from "../../../core/outcomes/types.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction, type Trx } from "../platform/db/transaction.ts";
import { computeNetworkTotals } from "./network-totals.ts";
import { keyOf, lockOrganisationTotals, storedKeys, type TotalKey } from "./total-keys.ts";

/**
 * Recomputes an organisation's stored totals for some quarters from its stored team rows (every
 * team of the organisation, archived ones too, as the pages read them), merged in team order.
 * The caller holds the organisation's lock.
 */
export async function recomputeOrganisationTotals(
  trx: Trx,
  organisationId: string,
  keys: readonly TotalKey[],
  now: Date,
): Promise<void> {
  if (keys.length === 0) return;
  const wanted = new Set(keys.map(keyOf));
  const rows = (
    await trx
      .selectFrom("outcome_team_quarter")
      .select(["team_id", "quarter", "rule_set_id", "rule_set_version", "summary"])
      .where("organisation_id", "=", organisationId)
      .where("quarter", "in", [...new Set(keys.map((k) => k.quarter))])
      .orderBy("team_id")
      .execute()
  ).filter((r) =>
    wanted.has(keyOf({ quarter: r.quarter, ruleSetId: r.rule_set_id, ruleSetVersion: r.rule_set_version })),
  );
  const values = keys.map((k) => {
    const mine = rows.filter(
      (r) =>
        r.quarter === k.quarter && r.rule_set_id === k.ruleSetId && r.rule_set_version === k.ruleSetVersion,
    );
    const summary = mergeSummaries(
      mine.map((r) => r.summary as OutcomeSummary),
      quarterPeriod(k.quarter),
      { id: k.ruleSetId, version: k.ruleSetVersion } as OutcomeSummary["ruleSet"],
    );
    return {
      organisation_id: organisationId,
      quarter: k.quarter,
      rule_set_id: k.ruleSetId,
      rule_set_version: k.ruleSetVersion,
      team_ids: mine.map((r) => r.team_id),
      summary: JSON.stringify(summary),
      figures: JSON.stringify(figuresOf(summary)),
      computed_at: now,
    };
  });
  await trx
    .insertInto("outcome_org_quarter")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["organisation_id", "quarter", "rule_set_id", "rule_set_version"]).doUpdateSet((eb) => ({
        team_ids: eb.ref("excluded.team_ids"),
        summary: eb.ref("excluded.summary"),
        figures: eb.ref("excluded.figures"),
        computed_at: eb.ref("excluded.computed_at"),
      })),
    )
    .execute();
  // A network total of these quarters no longer adds up: dropped, the refresher computes it again.
  await sql`
    delete from outcome_network_quarter n
    where n.network_id in (select network_id from network_membership where organisation_id = ${organisationId})
      and (n.quarter || '|' || n.rule_set_id || '|' || n.rule_set_version) = any(${[...wanted]}::text[])`.execute(
    trx,
  );
}

/**
 * Computes the totals that are missing: an organisation's (of those given) for each stored quarter it has team
 * rows of (after migration 0021, or a rule set version), and each network's for every stored
 * quarter (dropped when an agreement or a member's total changed). One transaction per
 * organisation and per network quarter, so PGlite's lock is handed over in between.
 */
export async function fillMissingTotals(
  database: Database,
  today: string,
  quarters: number,
  organisationIds: readonly string[],
): Promise<number> {
  const keys = storedKeys(today, quarters);
  const labels = [...new Set(keys.map((k) => k.quarter))];
  // Only organisations whose team rows were just written can lack a total (team rows appear only
  // through a refresh): their rows through outcome_team_quarter_org_idx, not a scan of the nation's.
  const missingOrgs = await sql<{
    organisation_id: string;
    quarter: string;
    rule_set_id: string;
    rule_set_version: number;
  }>`
    select distinct t.organisation_id, t.quarter, t.rule_set_id, t.rule_set_version from outcome_team_quarter t
    where t.organisation_id = any(${[...new Set(organisationIds)]}::uuid[]) and t.quarter = any(${labels}::text[])
      and not exists (
      select 1 from outcome_org_quarter o where o.organisation_id = t.organisation_id and o.quarter = t.quarter
        and o.rule_set_id = t.rule_set_id and o.rule_set_version = t.rule_set_version)`.execute(database.db);
  const current = new Set(keys.map(keyOf));
  const byOrg = new Map<string, TotalKey[]>();
  for (const r of missingOrgs.rows) {
    const key = { quarter: r.quarter, ruleSetId: r.rule_set_id, ruleSetVersion: r.rule_set_version };
    if (!current.has(keyOf(key))) continue;
    byOrg.set(r.organisation_id, [...(byOrg.get(r.organisation_id) ?? []), key]);
  }
  let written = 0;
  for (const [organisationId, orgKeys] of byOrg) {
    await inTransaction(database, async (trx) => {
      await lockOrganisationTotals(trx, [organisationId]);
      await recomputeOrganisationTotals(trx, organisationId, orgKeys, new Date());
    });
    written += orgKeys.length;
  }
  const networks = await database.db.selectFrom("reporting_network").select("id").execute();
  const have = await database.db
    .selectFrom("outcome_network_quarter")
    .select(["network_id", "quarter", "rule_set_id", "rule_set_version"])
    .where("quarter", "in", labels)
    .execute();
  const present = new Set(
    have.map(
      (h) =>
        `${h.network_id}|${keyOf({ quarter: h.quarter, ruleSetId: h.rule_set_id, ruleSetVersion: h.rule_set_version })}`,
    ),
  );
  for (const { id } of networks)
    for (const quarter of labels) {
      const missing = keys.filter((k) => k.quarter === quarter && !present.has(`${id}|${keyOf(k)}`));
      if (missing.length === 0) continue;
      await inTransaction(database, (trx) => computeNetworkTotals(trx, id, quarter, missing));
      written += missing.length;
    }
  return written;
}

/**
 * Recomputes every organisation's totals of the stored quarters, and drops the networks' (the
 * next fill computes them): after a refresh of every team, which leaves the totals to this.
 */
export async function recomputeAllTotals(database: Database, today: string, quarters: number): Promise<void> {
  const keys = storedKeys(today, quarters);
  const orgs = await database.db
    .selectFrom("outcome_team_quarter")
    .select("organisation_id")
    .distinct()
    .execute();
  for (const { organisation_id } of orgs)
    await inTransaction(database, async (trx) => {
      await lockOrganisationTotals(trx, [organisation_id]);
      await recomputeOrganisationTotals(trx, organisation_id, keys, new Date());
    });
  await database.db.deleteFrom("outcome_network_quarter").execute();
}
