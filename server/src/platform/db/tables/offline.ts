import type { ColumnType } from "kysely";
import type { CreatedAt } from "./columns.ts";

/** The first save under a person's idempotency key (migration 0020, ADR 0016). */
export type ActivityIdempotencyTable = {
  user_id: string;
  idempotency_key: string;
  client_id: string;
  activity_id: string | null;
  /** SHA-256 of the validated body (migration 0022); null for keys claimed before it. */
  body_sha256: ColumnType<string | null, string | null | undefined, never>;
  created_at: CreatedAt;
};

/** A session's offline-draft key; deleted with its session (migration 0020, ADR 0016). */
export type SessionOfflineKeyTable = {
  session_id: string;
  key_material: ColumnType<Uint8Array, Uint8Array, never>;
  created_at: CreatedAt;
};
