import { createHmac, timingSafeEqual } from "node:crypto";
import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalJson } from "./chain.ts";

/**
 * A signed anchor of the chain's head, kept outside the database (ADR 0009): deleting the newest
 * entries, or rebuilding the chain, leaves the database disagreeing with the last checkpoint.
 * `keyedFrom` is repeated so that moving the keyed boundary in the database is noticed too.
 */
export type Checkpoint = { chainSeq: number; hash: string; keyedFrom: number; at: string };

const FILE = "checkpoints.jsonl";

function sign(key: Buffer, c: Checkpoint): string {
  return createHmac("sha256", key)
    .update("polku-audit-checkpoint\n")
    .update(canonicalJson({ chainSeq: c.chainSeq, hash: c.hash, keyedFrom: c.keyedFrom, at: c.at }))
    .digest("hex");
}

/** Appends one signed checkpoint line (the file is append-only history). */
export function writeCheckpoint(dir: string, key: Buffer, checkpoint: Checkpoint): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const line = JSON.stringify({ ...checkpoint, mac: sign(key, checkpoint) });
  appendFileSync(join(dir, FILE), `${line}\n`, { mode: 0o600 });
}

export type CheckpointRead = { latest: Checkpoint | null; forged: number };

/**
 * The furthest checkpoint whose signature is valid, and how many lines were not (forged or
 * damaged: reported by verify, never trusted). Several instances may append to one directory.
 */
export function readLatestCheckpoint(dir: string, key: Buffer): CheckpointRead {
  let text = "";
  try {
    text = readFileSync(join(dir, FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { latest: null, forged: 0 };
    throw error;
  }
  let latest: Checkpoint | null = null;
  let forged = 0;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const parsed = parseLine(line);
    if (!parsed || !macMatches(sign(key, parsed.checkpoint), parsed.mac)) {
      forged++;
      continue;
    }
    if (!latest || parsed.checkpoint.chainSeq >= latest.chainSeq) latest = parsed.checkpoint;
  }
  return { latest, forged };
}

function parseLine(line: string): { checkpoint: Checkpoint; mac: string } | null {
  try {
    const v = JSON.parse(line) as Record<string, unknown>;
    if (
      typeof v.chainSeq !== "number" ||
      typeof v.hash !== "string" ||
      typeof v.keyedFrom !== "number" ||
      typeof v.at !== "string" ||
      typeof v.mac !== "string"
    ) {
      return null;
    }
    return {
      checkpoint: { chainSeq: v.chainSeq, hash: v.hash, keyedFrom: v.keyedFrom, at: v.at },
      mac: v.mac,
    };
  } catch {
    return null;
  }
}

function macMatches(expected: string, actual: string): boolean {
  const a = Buffer.from(expected, "hex");
  const b = Buffer.from(actual, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
