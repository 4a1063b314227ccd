import { isDeepStrictEqual } from "node:util";
import { figuresOf } from "../../../core/outcomes/figures.ts";
import { quarterOf, quartersEnding } from "../../../core/outcomes/periods.ts";
import { currentRuleSet } from "../../../core/outcomes/rule-sets.ts";
import { summarise } from "../../../core/outcomes/summarise.ts";
import { type OutcomeSummary, outcomeRuleSetIds } from "../../../core/outcomes/types.ts";
import { loadOutcomeFactsByPeriod } from "../outcomes/load-outcome-facts.ts";
import type { Executor, Trx } from "../platform/db/transaction.ts";
import { recomputeOrganisationTotals } from "./refresh-outcome-totals.ts";
import { keyOf, lockOrganisationTotals, type TotalKey } from "./total-keys.ts";

/** Five years of quarters, the current one included: what trends and national pages read. */
export const STORED_QUARTERS = 20;

export type ComputedTeam = {
  teamId: string;
  organisationId: string;
  rows: Array<TotalKey & { summary: OutcomeSummary }>;
};

/** One IPS team's summaries of every stored quarter and rule set (null for another kind of team). */
export async function computeTeam(db: Executor, teamId: string, today: string): Promise<ComputedTeam | null> {
  const team = await db
    .selectFrom("team")
    .select(["id", "organisation_id"])
    .where("id", "=", teamId)
    .where("kind", "=", "ips_team")
    .executeTakeFirst();
  if (!team) return null;
  const periods = quartersEnding(quarterOf(today), STORED_QUARTERS);
  const loaded = await loadOutcomeFactsByPeriod(db, [teamId], periods, today);
  const rows: ComputedTeam["rows"] = [];
  for (const period of periods) {
    const facts = loaded.get(period.label) ?? [];
    for (const id of outcomeRuleSetIds) {
      const ruleSet = currentRuleSet(id);
      rows.push({
        quarter: period.label,
        ruleSetId: ruleSet.id,
        ruleSetVersion: ruleSet.version,
        summary: summarise(facts, { period, ruleSet, asOf: today }),
      });
    }
  }
  return { teamId, organisationId: team.organisation_id, rows };
}

/**
 * Replaces a team's stored rows (summary and its figures) and keeps its organisation's totals in
 * step in the same transaction: the quarters whose summary changed are merged again, the others'
 * totals are marked as computed now (they still add up). Returns how many team rows it wrote.
 * `totals` false leaves the organisation's totals to the caller (they then read as stale).
 */
export async function writeTeam(trx: Trx, team: ComputedTeam, totals = true): Promise<number> {
  if (totals) await lockOrganisationTotals(trx, [team.organisationId]);
  const before = await trx
    .selectFrom("outcome_team_quarter")
    .select(["quarter", "rule_set_id", "rule_set_version", "summary"])
    .where("team_id", "=", team.teamId)
    .where(
      "quarter",
      "in",
      team.rows.map((r) => r.quarter),
    )
    .execute();
  if (!totals) before.length = 0;
  const stored = new Map(
    before.map((b) => [
      keyOf({ quarter: b.quarter, ruleSetId: b.rule_set_id, ruleSetVersion: b.rule_set_version }),
      b.summary,
    ]),
  );
  // JSON round trip: the stored summary came back through jsonb (no undefined, same numbers).
  const changed = team.rows.filter(
    (r) => !isDeepStrictEqual(stored.get(keyOf(r)), JSON.parse(JSON.stringify(r.summary))),
  );
  const now = new Date();
  await trx
    .insertInto("outcome_team_quarter")
    .values(
      team.rows.map((r) => ({
        team_id: team.teamId,
        organisation_id: team.organisationId,
        quarter: r.quarter,
        rule_set_id: r.ruleSetId,
        rule_set_version: r.ruleSetVersion,
        summary: JSON.stringify(r.summary),
        figures: JSON.stringify(figuresOf(r.summary)),
        computed_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(["team_id", "quarter", "rule_set_id", "rule_set_version"]).doUpdateSet((eb) => ({
        organisation_id: eb.ref("excluded.organisation_id"),
        summary: eb.ref("excluded.summary"),
        figures: eb.ref("excluded.figures"),
        computed_at: eb.ref("excluded.computed_at"),
      })),
    )
    .execute();
  // Without totals (a refresh of every team) the caller recomputes every organisation's after.
  if (!totals) return team.rows.length;
  await trx
    .updateTable("outcome_org_quarter")
    .set({ computed_at: now })
    .where("organisation_id", "=", team.organisationId)
    .where(
      "quarter",
      "in",
      team.rows.map((r) => r.quarter),
    )
    .execute();
  await recomputeOrganisationTotals(trx, team.organisationId, changed, now);
  return team.rows.length;
}
