import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { type Config, ConfigError } from "../platform/config.ts";

/**
 * The audit chain's HMAC key (ADR 0009). It lives outside the database so that someone who can
 * write to the database cannot recompute the chain after altering it. For the embedded default
 * it is generated on first start into `<dataDir>.audit-key` (mode 0600), beside the data
 * directory and not inside it, so a copy of the data directory alone does not carry it.
 */
export function loadAuditKey(audit: Config["audit"]): Buffer {
  if (audit.key) return Buffer.from(audit.key, "utf8");
  const file = audit.keyFile;
  if (!file) throw new ConfigError("No audit key configured (POLKU_AUDIT_KEY_FILE or POLKU_AUDIT_KEY).");
  try {
    return parseKey(readFileSync(file, "utf8"), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  try {
    // "wx": never overwrite a key another process wrote a moment ago.
    writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return parseKey(readFileSync(file, "utf8"), file);
}

function parseKey(text: string, file: string): Buffer {
  const key = text.trim();
  if (key.length < 32) throw new ConfigError(`The audit key in ${file} is shorter than 32 characters.`);
  return Buffer.from(key, "utf8");
}
