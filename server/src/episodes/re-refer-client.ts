import type { z } from "zod";
import type { reReferral } from "../../../core/contracts/clients.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { checkAssignment } from "../clients/assignment-checks.ts";
import { loadClientRecord } from "../clients/load-client-record.ts";
import type { Database } from "../platform/db/database.ts";
import { invalid } from "../platform/http/app-error.ts";
import { openEpisode } from "./open-episode.ts";

export type ReReferralInput = z.infer<typeof reReferral>;

/**
 * A returning client: a new episode linked to the previous one (zero exclusion includes coming
 * back after a job loss or a closure). Only when no episode is open.
 */
export function reReferClient(
  database: Database,
  actor: Actor,
  clientId: string,
  input: ReReferralInput,
  today: string,
) {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    if (input.referralDate > today) throw invalid({ referralDate: { key: "in_future" } });
    const episodes = await trx
      .selectFrom("episode")
      .select(["id", "closure_date", "referral_decision", "referral_date"])
      .where("client_id", "=", clientId)
      .orderBy("referral_date", "desc")
      .orderBy("created_at", "desc")
      .execute();
    if (episodes.some((e) => e.closure_date === null && e.referral_decision !== "declined")) {
      throw invalid({ episode: { key: "already_exists" } });
    }
    await checkAssignment(
      trx,
      access.organisationId,
      input,
      "",
      actor.memberships.map((m) => m.organisationId),
    );
    const previous = episodes[0];
    // openEpisode writes the episode.opened audit entry in this transaction.
    await openEpisode(trx, actor, access.organisationId, clientId, input, false, previous?.id ?? null);
    return loadClientRecord(trx, actor, access, today);
  });
}
