import { createHash } from "node:crypto";

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

/** hash(n) = sha256(hash(n-1) + canonical fields of n): altering, removing or reordering breaks it. */
export function chainHash(prevHash: string, fields: ChainedFields): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(fields)).digest("hex");
}
