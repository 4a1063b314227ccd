import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";

/** Work trials of one gated client (every episode), newest first, with the job each turned into. */
export function workTrialsOf(db: Executor, client: GatedClient) {
  return db
    .selectFrom("work_trial as w")
    .innerJoin("episode as e", "e.id", "w.episode_id")
    .innerJoin("employer as m", "m.id", "w.employer_id")
    .selectAll("w")
    .select((eb) => [
      "m.name as employer_name",
      eb
        .selectFrom("job as j")
        .select("j.id")
        .whereRef("j.work_trial_id", "=", "w.id")
        .orderBy("j.start_date")
        .limit(1)
        .as("job_id"),
    ])
    .where("e.client_id", "=", client.clientId)
    .orderBy("w.start_date", "desc")
    .orderBy("w.created_at", "desc");
}

export type WorkTrialRow = Awaited<ReturnType<ReturnType<typeof workTrialsOf>["execute"]>>[number];

/** One work trial of the client; not_found when the id names none of theirs. */
export async function requireWorkTrial(db: Executor, client: GatedClient, id: string): Promise<WorkTrialRow> {
  const row = await workTrialsOf(db, client).where("w.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
