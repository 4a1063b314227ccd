import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { type Config, ConfigError } from "../platform/config.ts";
import type { Executor } from "../platform/db/transaction.ts";

/**
 * The audit chain's HMAC key (ADR 0009). It lives outside the database so that someone who can
 * write to the database cannot recompute the chain after altering it. For the embedded default
 * it is generated on first start into `<dataDir>.audit-key` (mode 0600), beside the data
 * directory and not inside it, so a copy of the data directory alone does not carry it.
 */
export function loadAuditKey(audit: Config["audit"]): { key: Buffer; generated: boolean } {
  if (audit.key) return { key: Buffer.from(audit.key, "utf8"), generated: false };
  const file = audit.keyFile;
  if (!file) throw new ConfigError("No audit key configured (POLKU_AUDIT_KEY_FILE or POLKU_AUDIT_KEY).");
  try {
    return { key: parseKey(readFileSync(file, "utf8"), file), generated: false };
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
  return { key: parseKey(readFileSync(file, "utf8"), file), generated: true };
}

/**
 * The key for this database. A key is generated only for a log that has no keyed entries yet:
 * when the key file is missing beside a log already sealed with a key (say, after a restore into
 * another data directory), a new key would make every entry look altered, so Polku stops and asks
 * for the old key file instead.
 */
export async function openAuditKey(db: Executor, audit: Config["audit"]): Promise<Buffer> {
  const { key, generated } = loadAuditKey(audit);
  if (!generated || !audit.keyFile) return key;
  const keyed = await db
    .selectFrom("audit_event")
    .select("seq")
    .where("chain_seq", ">=", (eb) => eb.selectFrom("audit_chain").select("keyed_from"))
    .limit(1)
    .executeTakeFirst();
  if (!keyed) return key;
  rmSync(audit.keyFile, { force: true });
  throw new ConfigError(
    `The audit log was sealed with a key that is not at ${audit.keyFile}. Restore that key file (or set POLKU_AUDIT_KEY_FILE to it); Polku does not make a new key for a sealed log.`,
  );
}

function parseKey(text: string, file: string): Buffer {
  const key = text.trim();
  if (key.length < 32) throw new ConfigError(`The audit key in ${file} is shorter than 32 characters.`);
  return Buffer.from(key, "utf8");
}
