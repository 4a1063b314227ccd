import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";

/**
 * The client's open episode, where new jobs, trials, studies and plan versions belong: the latest
 * one that is neither closed nor declined. A returning client needs a new referral first.
 */
export async function openEpisodeOf(db: Executor, client: GatedClient): Promise<string> {
  const latest = await db
    .selectFrom("episode")
    .select(["id", "closure_date", "referral_decision"])
    .where("client_id", "=", client.clientId)
    .orderBy("referral_date", "desc")
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  if (!latest || latest.closure_date !== null || latest.referral_decision === "declined") {
    throw invalid({ _: { key: "no_open_episode" } });
  }
  return latest.id;
}
