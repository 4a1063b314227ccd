import type { Database } from "../platform/db/database.ts";
import { refreshOutcomeSummaries } from "./refresh-outcome-summaries.ts";

const REFRESH_EVERY_MS = 10_000;
/** Teams per round: a round on a national database stays a few seconds at most. */
const TEAMS_PER_ROUND = 25;

/**
 * Keeps stored team × quarter summaries current in the server (like the audit sealer): every few
 * seconds it recomputes the teams the database triggers queued. The timer is unref'd so it never
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
  const timer = setInterval(() => {
    if (stopped || busy) return;
    busy = true;
    running = refreshOutcomeSummaries(database, { limit: TEAMS_PER_ROUND })
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
