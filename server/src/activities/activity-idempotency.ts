import { createHash } from "node:crypto";
import type { Trx } from "../platform/db/transaction.ts";
import { AppError } from "../platform/http/app-error.ts";

/** What a claim found: a fresh key to record under, or the activity the key already recorded. */
export type Claim = { fresh: true } | { fresh: false; activityId: string };

/** JSON with its object keys sorted, so one body always gives one fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The fingerprint of a validated request body (SHA-256 hex): holds no text of the note. */
export function bodyFingerprint(body: unknown): string {
  return createHash("sha256").update(canonical(body)).digest("hex");
}

/**
 * Claims a person's idempotency key for one client in the caller's transaction (ADR 0016). On
 * PostgreSQL a concurrent claim of the same key waits on the primary key until the first
 * transaction ends: after a commit it finds the first activity, after a rollback it claims the
 * key itself. PGlite runs transactions one at a time, so the second simply finds the first.
 */
export async function claimIdempotencyKey(
  trx: Trx,
  userId: string,
  key: string,
  clientId: string,
  bodySha256: string,
): Promise<Claim> {
  const claimed = await trx
    .insertInto("activity_idempotency")
    .values({ user_id: userId, idempotency_key: key, client_id: clientId, body_sha256: bodySha256 })
    .onConflict((oc) => oc.columns(["user_id", "idempotency_key"]).doNothing())
    .returning("idempotency_key")
    .executeTakeFirst();
  if (claimed) return { fresh: true };
  const first = await trx
    .selectFrom("activity_idempotency")
    .select(["client_id", "activity_id", "body_sha256"])
    .where("user_id", "=", userId)
    .where("idempotency_key", "=", key)
    .executeTakeFirstOrThrow();
  // One draft is about one client: the same key for another client is a different request.
  if (first.client_id !== clientId || first.activity_id === null) throw new AppError("conflict");
  // The same key with another body is another request (a draft changed after it was sent):
  // answering the first activity would drop the change without a word, so it is refused.
  if (first.body_sha256 !== null && first.body_sha256 !== bodySha256) throw new AppError("conflict");
  return { fresh: false, activityId: first.activity_id };
}

/** Ties a claimed key to the activity recorded under it, in the same transaction. */
export async function settleIdempotencyKey(trx: Trx, userId: string, key: string, activityId: string) {
  await trx
    .updateTable("activity_idempotency")
    .set({ activity_id: activityId })
    .where("user_id", "=", userId)
    .where("idempotency_key", "=", key)
    .execute();
}
