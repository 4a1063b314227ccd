import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import {
  assertProductionPasswordHashing,
  hashPassword,
  setPasswordHashingForTests,
  verifyPassword,
} from "./password-hash.ts";

afterEach(() => setPasswordHashingForTests("production"));

test("production hashing: argon2id at OWASP's setting, and a server may start with it", async () => {
  setPasswordHashingForTests("production");
  const phc = await hashPassword("correct horse battery");
  assert.match(phc, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.equal(await verifyPassword({ hash: phc, password: "correct horse battery" }), true);
  assertProductionPasswordHashing();
});

test("cheap hashing (tests only) still verifies, and a server refuses to start with it", async () => {
  setPasswordHashingForTests("cheap");
  const phc = await hashPassword("correct horse battery");
  assert.match(phc, /^\$argon2id\$v=19\$m=8,t=1,p=1\$/);
  assert.equal(await verifyPassword({ hash: phc, password: "correct horse battery" }), true);
  assert.equal(await verifyPassword({ hash: phc, password: "wrong horse battery" }), false);
  assert.throws(() => assertProductionPasswordHashing(), /test mode/);
});

test("outside a node:test process cheap hashing cannot be switched on", async () => {
  const context = process.env.NODE_TEST_CONTEXT;
  assert.ok(context, "node --test sets NODE_TEST_CONTEXT in each file's process");
  delete process.env.NODE_TEST_CONTEXT;
  try {
    assert.throws(() => setPasswordHashingForTests("cheap"), /node:test processes only/);
    assert.match(await hashPassword("correct horse battery"), /m=19456,t=2,p=1/);
  } finally {
    process.env.NODE_TEST_CONTEXT = context;
  }
});
