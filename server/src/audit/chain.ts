import { createHash, createHmac } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** The fields of an entry that the hash covers, in their stored form. */
export type ChainedFields = {
  seq: number;
  occurredAt: string;
  eventType: string;
  outcome: string;
  actorUserId: string | null;
  organisationId: string | null;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
};

/** JSON with object keys sorted at every level, so jsonb's own key order does not matter. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value as Record<string, unknown>).sort();
  return `{${keys
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
    .join(",")}}`;
}

/**
 * hash(n) = HMAC-SHA256(key, hash(n-1) + canonical fields of n): altering, removing or reordering
 * breaks it, and without the key (kept outside the database, ADR 0009) nobody can recompute it.
 * Entries chained before the key existed (below `audit_chain.keyed_from`) used plain sha256; pass
 * `null` as the key to compute those.
 */
export function chainHash(key: Buffer | null, prevHash: string, fields: ChainedFields): string {
  const h = key ? createHmac("sha256", key) : createHash("sha256");
  return h.update(prevHash).update("\n").update(canonicalJson(fields)).digest("hex");
}
