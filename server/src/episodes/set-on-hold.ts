import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import { changeEpisode } from "./change-episode.ts";
import { refuse, requireOpen } from "./episode-rules.ts";

/** Puts an episode on hold at the client's wish, or resumes it. Holding never closes it. */
export function setOnHold(
  database: Database,
  actor: Actor,
  params: { clientId: string; episodeId: string },
  input: { onHold: boolean; since?: string | undefined },
  today: string,
) {
  return changeEpisode(database, actor, params, today, "episode.on_hold_changed", async (trx, episode) => {
    requireOpen(episode);
    if (episode.on_hold === input.onHold) refuse("onHold");
    const since = input.since ?? today;
    if (since > today || since < episode.referral_date) refuse("since", "invalid_date");
    await trx
      .updateTable("episode")
      .set({ on_hold: input.onHold, on_hold_since: input.onHold ? since : null, updated_at: new Date() })
      .where("id", "=", episode.id)
      .where("client_id", "=", episode.client.clientId)
      .execute();
    return { onHold: input.onHold };
  });
}
