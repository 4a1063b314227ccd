import assert from "node:assert/strict";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { ConfigError, loadConfig } from "../platform/config.ts";
import { loadAuditKey } from "./audit-key.ts";

const PG = { DATABASE_URL: "postgresql://db.example/polku" };

describe("the audit key and checkpoint settings", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "polku-audit-key-"));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test("on PostgreSQL, Polku refuses to start without a key or without a checkpoint directory", () => {
    assert.throws(() => loadConfig({ ...PG, POLKU_AUDIT_CHECKPOINT_DIR: dir }), ConfigError);
    assert.throws(() => loadConfig({ ...PG, POLKU_AUDIT_KEY_FILE: join(dir, "k") }), ConfigError);
    assert.throws(
      () => loadConfig({ ...PG, POLKU_AUDIT_KEY: "short", POLKU_AUDIT_CHECKPOINT_DIR: dir }),
      ConfigError,
    );
    const ok = loadConfig({ ...PG, POLKU_AUDIT_KEY_FILE: join(dir, "k"), POLKU_AUDIT_CHECKPOINT_DIR: dir });
    assert.deepEqual(ok.audit, { key: null, keyFile: join(dir, "k"), checkpointDir: dir });
  });

  test("embedded, the key and the checkpoints default to beside the data directory, not inside it", () => {
    const config = loadConfig({ POLKU_DATA_DIR: join(dir, "data") });
    assert.deepEqual(config.audit, {
      key: null,
      keyFile: join(dir, "data.audit-key"),
      checkpointDir: join(dir, "data.audit-checkpoints"),
    });
  });

  test("the key file is generated once with mode 0600 and then reused", async () => {
    const audit = loadConfig({ POLKU_DATA_DIR: join(dir, "data") }).audit;
    const first = loadAuditKey(audit);
    assert.equal(first.generated, true);
    assert.equal(first.key.length, 64);
    assert.equal((await stat(join(dir, "data.audit-key"))).mode & 0o777, 0o600);
    assert.deepEqual(loadAuditKey(audit), { key: first.key, generated: false });
  });
});
