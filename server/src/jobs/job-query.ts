import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";

/** Jobs of one gated client (every episode), newest start first, with the employer's name. */
export function jobsOf(db: Executor, client: GatedClient) {
  return db
    .selectFrom("job as j")
    .innerJoin("episode as e", "e.id", "j.episode_id")
    .innerJoin("employer as m", "m.id", "j.employer_id")
    .selectAll("j")
    .select("m.name as employer_name")
    .where("e.client_id", "=", client.clientId)
    .orderBy("j.start_date", "desc")
    .orderBy("j.created_at", "desc");
}

export type JobRow = Awaited<ReturnType<ReturnType<typeof jobsOf>["execute"]>>[number];

/** One job of the client, or undefined when the id names none of theirs. */
export function jobOf(db: Executor, client: GatedClient, jobId: string) {
  return jobsOf(db, client).where("j.id", "=", jobId).executeTakeFirst();
}

/** One job of the client; not_found when the id names none of theirs. */
export async function requireJob(db: Executor, client: GatedClient, jobId: string): Promise<JobRow> {
  const row = await jobOf(db, client, jobId);
  if (!row) throw notFound();
  return row;
}
