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

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Hashes a password with argon2id (PHC string). The one hash function of Polku and better-auth. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

/** Checks a password against a PHC string; a malformed hash counts as a mismatch. */
export async function verifyPassword({
  hash: phc,
  password,
}: {
  hash: string;
  password: string;
}): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}
