import { type Algorithm, hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's first recommended setting (Password Storage Cheat Sheet): 19 MiB of
 * memory, 2 passes, 1 lane. About 20–40 ms per hash on the project's 2-core machines, which keeps
 * sign-in responsive while making offline guessing of a leaked hash expensive.
 */
const ARGON2ID_OPTIONS = {
  // `Algorithm` is an ambient const enum, which isolatedModules cannot read; 2 is Argon2id.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

/**
 * Tests only: argon2id at its minimum cost (8 KiB, 1 pass). The suite creates and signs in
 * hundreds of people; at the production cost that was a large share of its CPU time on a busy
 * 2-core machine. Never for stored passwords: see setPasswordHashingForTests.
 */
const CHEAP_TEST_OPTIONS = { ...ARGON2ID_OPTIONS, memoryCost: 8, timeCost: 1 } as const;

let options: typeof ARGON2ID_OPTIONS | typeof CHEAP_TEST_OPTIONS = ARGON2ID_OPTIONS;

/**
 * Switches this process to cheap hashing ("cheap") or back ("production"). Only a node:test
 * process may switch (node --test sets NODE_TEST_CONTEXT in each test file's process), and a
 * server start refuses to run with cheap hashing (assertProductionPasswordHashing), so a
 * production process can never store a cheaply hashed password.
 */
export function setPasswordHashingForTests(mode: "cheap" | "production"): void {
  if (mode === "cheap" && !process.env.NODE_TEST_CONTEXT) {
    throw new Error("Cheap password hashing is for node:test processes only.");
  }
  options = mode === "cheap" ? CHEAP_TEST_OPTIONS : ARGON2ID_OPTIONS;
}

/** Called when the server starts: refuses to serve with the tests' cheap hashing. */
export function assertProductionPasswordHashing(): void {
  if (options !== ARGON2ID_OPTIONS) {
    throw new Error("Password hashing is in test mode; refusing to start a server with it.");
  }
}

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

let computations = 0;

/**
 * How many argon2id computations this process has run. Tests use it to show that a sign-in with
 * an unknown email costs the same one computation as a wrong password (no user enumeration by
 * timing), without timing anything themselves.
 */
export function passwordComputations(): number {
  return computations;
}

/** Hashes a password with argon2id (PHC string). The one hash function of Polku and better-auth. */
export function hashPassword(password: string): Promise<string> {
  computations++;
  return hash(password, options);
}

/** Checks a password against a PHC string; a malformed hash counts as a mismatch. */
export async function verifyPassword({
  hash: phc,
  password,
}: {
  hash: string;
  password: string;
}): Promise<boolean> {
  computations++;
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}
