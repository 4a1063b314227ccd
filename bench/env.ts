import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The server's settings for every bench: quiet, a fixed secret and audit key, a temp checkpoint dir. */
export const benchEnv = {
  POLKU_PUBLIC_URL: "http://polku.test",
  POLKU_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0",
  LOG_LEVEL: "silent",
  POLKU_AUDIT_KEY: "bench-audit-key-bench-audit-key-bench-audit-key-0",
  POLKU_AUDIT_CHECKPOINT_DIR: mkdtempSync(join(tmpdir(), "polku-bench-checkpoints-")),
};
