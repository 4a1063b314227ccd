import type { z } from "zod";
import type { closeEpisode as schema } from "../../../core/contracts/clients.ts";
import { checkClosure } from "../../../core/episodes/referral-and-closure.ts";
import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import { invalid } from "../platform/http/app-error.ts";
import { changeEpisode } from "./change-episode.ts";
import { checkEpisodeDate, requireOpen } from "./episode-rules.ts";

export type CloseEpisodeInput = z.infer<typeof schema>;

/**
 * Closes an episode with a coded reason. "Lost contact" needs recorded outreach attempts first
 * (fidelity V14): the service reaches out before it lets go. Nobody is closed for missed visits
 * or a time limit: those are not reasons on the list.
 */
export function closeEpisode(
  database: Database,
  actor: Actor,
  params: { clientId: string; episodeId: string },
  input: CloseEpisodeInput,
  today: string,
) {
  return changeEpisode(database, actor, params, today, "episode.closed", async (trx, episode) => {
    requireOpen(episode);
    checkEpisodeDate("closureDate", input.closureDate, episode, today);
    const outreach = await trx
      .selectFrom("activity")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("episode_id", "=", episode.id)
      .where("type", "=", "outreach_attempt")
      .where("retracted_at", "is", null)
      .executeTakeFirstOrThrow();
    const check = checkClosure(input.closureReason, Number(outreach.n));
    if (!check.allowed) {
      throw invalid({ closureReason: { key: "outreach_required", params: { required: check.required } } });
    }
    await trx
      .updateTable("episode")
      .set({
        closure_date: input.closureDate,
        closure_reason: input.closureReason,
        closure_note: input.closureNote ?? null,
        on_hold: false,
        updated_at: new Date(),
      })
      .where("id", "=", episode.id)
      .where("client_id", "=", episode.client.clientId)
      .execute();
    return { reason: input.closureReason };
  });
}
