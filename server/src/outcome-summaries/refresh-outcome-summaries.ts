import { sql } from "kysely";
import { quarterOf, quartersEnding } from "../../../core/outcomes/periods.ts";
import { currentRuleSet } from "../../../core/outcomes/rule-sets.ts";
import { summarise } from "../../../core/outcomes/summarise.ts";
import { outcomeRuleSetIds } from "../../../core/outcomes/types.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { loadOutcomeFactsByPeriod } from "../outcomes/load-outcome-facts.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction, type Trx } from "../platform/db/transaction.ts";

/** Five years of quarters, the current one included: what trends and national pages read. */
export const STORED_QUARTERS = 20;
/**
 * `limit`: at most this many queued teams (the background refresher keeps its rounds short);
 * `today`: the Finnish date the quarters and asOf are counted from (tests pin it).
 */
export type RefreshRequest = { teamIds?: readonly string[]; all?: boolean; limit?: number; today?: string };
export type RefreshReport = { teams: number; rows: number };

/**
 * Recomputes stored team × quarter summaries (migration 0008): the queued teams by default, or the
 * given teams, or every IPS team. Each team is one transaction: its queue entry is removed if no
 * write re-queued it meanwhile, and its summaries for every stored quarter and rule set are
 * replaced (a queue-driven round skips a team another round already took). Tests, the generator and `npm run bench` call this directly to refresh deterministically.
 *
 * The summaries hold counts and samples only; the figures computed from them pass the aggregate
 * gate when read (networks, organisations), never here.
 */
export async function refreshOutcomeSummaries(
  database: Database,
  request: RefreshRequest = {},
): Promise<RefreshReport> {
  const today = request.today ?? helsinkiDate();
  const queued = await database.db
    .selectFrom("outcome_refresh_queue")
    // As text: a JavaScript Date would drop the microseconds the comparison below needs.
    .select(["team_id", sql<string>`queued_at::text`.as("queued_at")])
    .execute();
  const queuedAt = new Map(queued.map((q) => [q.team_id, q.queued_at]));
  const teamIds = request.all
    ? (await database.db.selectFrom("team").select("id").where("kind", "=", "ips_team").execute()).map(
        (t) => t.id,
      )
    : request.teamIds
      ? [...request.teamIds]
      : queued.slice(0, request.limit ?? queued.length).map((q) => q.team_id);
  const fromQueue = !request.all && !request.teamIds;
  let rows = 0;
  let teams = 0;
  for (const teamId of teamIds) {
    rows += await inTransaction(database, async (trx) => {
      const at = queuedAt.get(teamId);
      if (at !== undefined) {
        // Taken off the queue first, only as read: when another round or instance has done the
        // team meanwhile (or a write re-queued it), a queue-driven round leaves it alone.
        const taken = await trx
          .deleteFrom("outcome_refresh_queue")
          .where("team_id", "=", teamId)
          .where("queued_at", "=", sql<Date>`${at}::timestamptz`)
          .returning("team_id")
          .executeTakeFirst();
        if (!taken && fromQueue) return 0;
      }
      teams++;
      return refreshTeam(trx, teamId, today);
    });
  }
  return { teams, rows };
}

async function refreshTeam(trx: Trx, teamId: string, today: string): Promise<number> {
  const team = await trx
    .selectFrom("team")
    .select(["id", "organisation_id"])
    .where("id", "=", teamId)
    .where("kind", "=", "ips_team")
    .executeTakeFirst();
  if (!team) return 0;
  const values = [];
  const periods = quartersEnding(quarterOf(today), STORED_QUARTERS);
  const loaded = await loadOutcomeFactsByPeriod(trx, [teamId], periods, today);
  for (const period of periods) {
    const facts = loaded.get(period.label) ?? [];
    for (const id of outcomeRuleSetIds) {
      const ruleSet = currentRuleSet(id);
      values.push({
        team_id: teamId,
        organisation_id: team.organisation_id,
        quarter: period.label,
        rule_set_id: ruleSet.id,
        rule_set_version: ruleSet.version,
        summary: JSON.stringify(summarise(facts, { period, ruleSet, asOf: today })),
        computed_at: new Date(),
      });
    }
  }
  await trx
    .insertInto("outcome_team_quarter")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["team_id", "quarter", "rule_set_id", "rule_set_version"]).doUpdateSet((eb) => ({
        organisation_id: eb.ref("excluded.organisation_id"),
        summary: eb.ref("excluded.summary"),
        computed_at: eb.ref("excluded.computed_at"),
      })),
    )
    .execute();
  return values.length;
}
