import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";

/** Studies of one gated client (every episode), newest start first. */
export function studiesOf(db: Executor, client: GatedClient) {
  return db
    .selectFrom("study as s")
    .innerJoin("episode as e", "e.id", "s.episode_id")
    .selectAll("s")
    .where("e.client_id", "=", client.clientId)
    .orderBy("s.start_date", "desc")
    .orderBy("s.created_at", "desc");
}

export type StudyRow = Awaited<ReturnType<ReturnType<typeof studiesOf>["execute"]>>[number];

/** One study of the client; not_found when the id names none of theirs. */
export async function requireStudy(db: Executor, client: GatedClient, id: string): Promise<StudyRow> {
  const row = await studiesOf(db, client).where("s.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
