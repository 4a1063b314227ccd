import { sql } from "kysely";
import { figuresOf } from "../../../core/outcomes/figures.ts";
import { quarterOf, quarterPeriod, quartersEnding } from "../../../core/outcomes/periods.ts";
import { currentRuleSet } from "../../../core/outcomes/rule-sets.ts";
import { mergeSummaries } from "../../../core/outcomes/summarise.ts";
import { type OutcomeSummary, outcomeRuleSetIds } from "../../../core/outcomes/types.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction, type Trx } from "../platform/db/transaction.ts";

/** One stored quarter under one rule set version. */
export type TotalKey = { quarter: string; ruleSetId: string; ruleSetVersion: number };
export const keyOf = (k: TotalKey) => `${k.quarter}|${k.ruleSetId}|${k.ruleSetVersion}`;

/**
 * Serialises the refreshes of one organisation's totals across transactions (two instances on one
 * PostgreSQL): a total is then always computed from committed team rows. PGlite has one session.
 */
export async function lockOrganisationTotals(trx: Trx, organisationIds: readonly string[]): Promise<void> {
  for (const id of [...new Set(organisationIds)].sort())
    await sql`select pg_advisory_xact_lock(hashtextextended(${`outcome_org:${id}`}, 0))`.execute(trx);
}

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

/** The stored quarters and current rule set versions as of `today` (what the refresher keeps). */
export function storedKeys(today: string, quarters: number): TotalKey[] {
  return quartersEnding(quarterOf(today), quarters).flatMap((p) =>
    outcomeRuleSetIds.map((id) => {
      const r = currentRuleSet(id);
      return { quarter: p.label, ruleSetId: r.id, ruleSetVersion: r.version };
    }),
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
async function computeNetworkTotals(trx: Trx, networkId: string, quarter: string, keys: readonly TotalKey[]) {
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
