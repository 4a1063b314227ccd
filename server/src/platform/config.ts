import { resolve } from "node:path";
import { MIN_SUPPRESSION_THRESHOLD } from "../../../core/outcomes/suppression.ts";

/** Everything Polku reads from its environment, parsed once at start. */
export type Config = {
  host: string;
  port: number;
  /** The URL people use to reach Polku; used for origin checks and secure cookies. */
  publicUrl: string;
  database: { kind: "postgresql"; url: string } | { kind: "pglite"; dataDir: string };
  /** Session-signing secret; when unset, one is generated and kept in the database. */
  authSecret: string | null;
  /** Fixed password for demo users (tests); when unset, random ones are printed once. */
  demoPassword: string | null;
  /** Create the demo organisation on first start into an empty database. */
  seedDemo: boolean;
  /** Sign-in attempts per client address per minute (browser tests sign in often from one address). */
  signInAttemptsPerMinute: number;
  logLevel: string;
  version: string;
  /**
   * POLKU_SUPPRESSION_THRESHOLD: above team level a figure counting fewer people than this is
   * withheld (issue 9). Default 5; lower is refused (MIN_SUPPRESSION_THRESHOLD).
   */
  suppressionThreshold: number;
  /** POLKU_ATTACHMENT_MAX_MB: the largest file kept with a client, in bytes (default 10 MB, at most 50). */
  attachmentMaxBytes: number;
  /** The audit chain's key and checkpoints, both kept outside the database (ADR 0009). */
  audit: {
    /** POLKU_AUDIT_KEY: the key itself; else it is read from keyFile. */
    key: string | null;
    /** POLKU_AUDIT_KEY_FILE; embedded default `<dataDir>.audit-key`, generated on first start. */
    keyFile: string | null;
    /** POLKU_AUDIT_CHECKPOINT_DIR; embedded default `<dataDir>.audit-checkpoints`. */
    checkpointDir: string;
  };
};

export class ConfigError extends Error {}

/** Reads and checks the environment; throws ConfigError with what to fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, version = "0.0.0"): Config {
  const host = env.HOST?.trim() || "127.0.0.1";
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number between 0 and 65535 (got "${env.PORT}").`);
  }
  const url = env.DATABASE_URL?.trim();
  if (url && !/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError("DATABASE_URL must start with postgres:// or postgresql://.");
  }
  const secret = env.POLKU_AUTH_SECRET?.trim() || null;
  if (secret && secret.length < 32) {
    throw new ConfigError("POLKU_AUTH_SECRET must be at least 32 characters long.");
  }
  const demoPassword = env.POLKU_DEMO_PASSWORD || null;
  if (demoPassword && demoPassword.length < 12) {
    throw new ConfigError("POLKU_DEMO_PASSWORD must be at least 12 characters long.");
  }
  const attempts = Number(env.POLKU_SIGN_IN_ATTEMPTS_PER_MINUTE ?? 10);
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 1000) {
    throw new ConfigError("POLKU_SIGN_IN_ATTEMPTS_PER_MINUTE must be a whole number from 1 to 1000.");
  }
  const suppressionThreshold = Number(env.POLKU_SUPPRESSION_THRESHOLD?.trim() || MIN_SUPPRESSION_THRESHOLD);
  if (!Number.isInteger(suppressionThreshold) || suppressionThreshold < MIN_SUPPRESSION_THRESHOLD) {
    throw new ConfigError(
      `POLKU_SUPPRESSION_THRESHOLD must be a whole number of at least ${MIN_SUPPRESSION_THRESHOLD} (got "${env.POLKU_SUPPRESSION_THRESHOLD}"): smaller groups could identify people.`,
    );
  }
  const attachmentMb = Number(env.POLKU_ATTACHMENT_MAX_MB?.trim() || 10);
  if (!Number.isInteger(attachmentMb) || attachmentMb < 1 || attachmentMb > 50) {
    throw new ConfigError(
      `POLKU_ATTACHMENT_MAX_MB must be a whole number from 1 to 50 (got "${env.POLKU_ATTACHMENT_MAX_MB}"): files are kept in the database.`,
    );
  }
  const audit = loadAuditConfig(env, url ? null : resolve(env.POLKU_DATA_DIR?.trim() || "data"));
  const publicUrl = (
    env.POLKU_PUBLIC_URL?.trim() || `http://${host.includes(":") ? `[${host}]` : host}:${port}`
  ).replace(/\/+$/, "");
  return {
    host,
    port,
    publicUrl,
    database: url
      ? { kind: "postgresql", url }
      : { kind: "pglite", dataDir: resolve(env.POLKU_DATA_DIR?.trim() || "data") },
    authSecret: secret,
    demoPassword,
    seedDemo: (env.POLKU_DEMO ?? (url ? "false" : "true")) !== "false",
    signInAttemptsPerMinute: attempts,
    logLevel: env.LOG_LEVEL ?? "info",
    version,
    suppressionThreshold,
    attachmentMaxBytes: attachmentMb * 1024 * 1024,
    audit,
  };
}

function loadAuditConfig(env: NodeJS.ProcessEnv, dataDir: string | null): Config["audit"] {
  const key = env.POLKU_AUDIT_KEY?.trim() || null;
  if (key && key.length < 32) throw new ConfigError("POLKU_AUDIT_KEY must be at least 32 characters long.");
  const keyFile = env.POLKU_AUDIT_KEY_FILE?.trim() || null;
  const checkpointDir = env.POLKU_AUDIT_CHECKPOINT_DIR?.trim() || null;
  if (dataDir === null && !key && !keyFile) {
    // On PostgreSQL there is no place beside the data that Polku owns: the operator must keep
    // the key outside the database, or the chain could be recomputed by whoever can write to it.
    throw new ConfigError("PostgreSQL needs an audit key: set POLKU_AUDIT_KEY_FILE (or POLKU_AUDIT_KEY).");
  }
  if (dataDir === null && !checkpointDir) {
    throw new ConfigError("PostgreSQL needs POLKU_AUDIT_CHECKPOINT_DIR, a directory outside the database.");
  }
  return {
    key,
    keyFile: keyFile ? resolve(keyFile) : key ? null : `${dataDir}.audit-key`,
    checkpointDir: resolve(checkpointDir ?? `${dataDir}.audit-checkpoints`),
  };
}
