import { sql } from "kysely";
import { quarterOf, quarterPeriod } from "../../../core/outcomes/periods.ts";
import type { Executor } from "../platform/db/transaction.ts";

/**
 * Queues the teams whose stored summaries were all computed before the current quarter began.
 * No write needs to happen for a quarter to end: on its first days every team still lacks the new
 * quarter's row and holds the ended quarter as it stood part-way (caseload "at end", jobs still
 * going). The refresher calls this now and then; each team is queued once per quarter. Returns
 * how many teams it queued.
 */
export async function queueStaleQuarters(db: Executor, today: string): Promise<number> {
  const quarterStart = quarterPeriod(quarterOf(today)).from;
  const result = await sql`
    insert into outcome_refresh_queue (team_id, queued_at)
    select team_id, clock_timestamp() from outcome_team_quarter
    group by team_id
    having max(computed_at) < (${quarterStart}::date::timestamp at time zone 'Europe/Helsinki')
    on conflict (team_id) do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
