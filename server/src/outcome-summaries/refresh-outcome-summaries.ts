import { sql } from "kysely";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { fillMissingTotals, recomputeAllTotals } from "./refresh-outcome-totals.ts";
import { computeTeam, STORED_QUARTERS, writeTeam } from "./write-team-summaries.ts";

export { STORED_QUARTERS };
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
 * replaced (a queue-driven round skips a team another round already took), with its
 * organisation's totals (migration 0021) in the same transaction; then the missing organisation
 * and network totals are computed (refresh-outcome-totals.ts). Tests, the generator and `npm run
 * bench` call this directly to refresh deterministically.
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
  const organisations = new Set<string>();
  for (const teamId of teamIds) {
    // Computed before the writing transaction: on PGlite a transaction holds the one session's
    // lock, and loading and summarising 20 quarters × 2 rule sets took it for seconds under load
    // (the audited write's p95 at 20 users, docs/performance.md). Each statement here takes the
    // lock on its own; a write that lands meanwhile re-queues the team (its queued_at changes).
    const computed = await computeTeam(database.db, teamId, today);
    if (computed) organisations.add(computed.organisationId);
    const written = await inTransaction(database, async (trx) => {
      const at = queuedAt.get(teamId);
      if (at !== undefined) {
        // Taken off the queue only as read. Gone: another round or instance has done the team,
        // and a queue-driven round leaves it alone. Re-queued by a write meanwhile: what was
        // computed is still newer than the stored rows, so it is written and the team stays queued.
        const taken = await trx
          .deleteFrom("outcome_refresh_queue")
          .where("team_id", "=", teamId)
          .where("queued_at", "=", sql<Date>`${at}::timestamptz`)
          .returning("team_id")
          .executeTakeFirst();
        if (!taken && fromQueue) {
          const still = await trx
            .selectFrom("outcome_refresh_queue")
            .select("team_id")
            .where("team_id", "=", teamId)
            .executeTakeFirst();
          if (!still) return null;
        }
      }
      return computed ? writeTeam(trx, computed, !request.all) : 0;
    });
    if (written === null) continue;
    teams++;
    rows += written;
  }
  // Every team at once (the generator, a rebuild): each organisation's totals once, at the end.
  if (request.all) await recomputeAllTotals(database, today, STORED_QUARTERS);
  await fillMissingTotals(database, today, STORED_QUARTERS, [...organisations]);
  return { teams, rows };
}
