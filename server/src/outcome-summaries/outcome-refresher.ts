import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Database } from "../platform/db/database.ts";
import { queueStaleQuarters } from "./queue-stale-quarters.ts";
import { refreshOutcomeSummaries } from "./refresh-outcome-summaries.ts";

const REFRESH_EVERY_MS = 10_000;
/** Teams per round: a round on a national database stays a few seconds at most. */
const TEAMS_PER_ROUND = 25;
/** How often a round also looks for teams a quarter's end left stale (one scan of the summaries). */
const ROLLOVER_EVERY_MS = 10 * 60_000;

/**
 * Keeps stored team × quarter summaries current in the server (like the audit sealer): every few
 * seconds it recomputes the teams the database triggers queued, and every few minutes it queues
 * the teams a quarter's end left stale (queue-stale-quarters.ts). The timer is unref'd so it never
 * keeps a process alive; `stop` waits for a running round. Rounds never overlap.
 */
export function startOutcomeRefresher(
  database: Database,
  onError: (error: unknown) => void,
  everyMs = REFRESH_EVERY_MS,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  let stopped = false;
  let rolloverDue = 0;
  const round = async () => {
    if (Date.now() >= rolloverDue) {
      await queueStaleQuarters(database.db, helsinkiDate());
      rolloverDue = Date.now() + ROLLOVER_EVERY_MS;
    }
    await refreshOutcomeSummaries(database, { limit: TEAMS_PER_ROUND });
  };
  const timer = setInterval(() => {
    if (stopped || busy) return;
    busy = true;
    running = round()
      .catch(onError)
      .finally(() => {
        busy = false;
      });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
