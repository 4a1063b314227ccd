import { createHash, randomBytes } from "node:crypto";

/** A new feed secret: 32 random bytes, URL-safe. Only its hash is stored. */
export function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored form of a feed secret (SHA-256, hex): a leaked table does not open any feed. */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
