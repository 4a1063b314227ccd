import { randomBytes } from "node:crypto";
import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";

/**
 * The key that encrypts this session's offline drafts on its device (ADR 0016): made on the first
 * ask, the same for every later ask in the session (a reload must open what was queued before
 * it), and deleted with the session row when the person signs out or the session ends. It touches
 * no client data, so it writes no audit entry.
 */
export function issueOfflineKey(database: Database, actor: Actor): Promise<{ key: string }> {
  return inTransaction(database, async (trx) => {
    await trx
      .insertInto("session_offline_key")
      .values({ session_id: actor.sessionId, key_material: randomBytes(32) })
      .onConflict((oc) => oc.column("session_id").doNothing())
      .execute();
    const row = await trx
      .selectFrom("session_offline_key")
      .select("key_material")
      .where("session_id", "=", actor.sessionId)
      .executeTakeFirstOrThrow();
    return { key: Buffer.from(row.key_material).toString("base64") };
  });
}
