import { randomUUID } from "node:crypto";
import type { Locale } from "../../../core/i18n/locales.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { AppError, invalid } from "../platform/http/app-error.ts";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-hash.ts";

export type CreateCredentialUserOptions = {
  name: string;
  email: string;
  password: string;
  locale: Locale;
  platformAdmin?: boolean;
};

/** Throws validation_failed unless the password fits the same bounds better-auth enforces. */
export function checkPasswordPolicy(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw invalid({ password: { key: "password_too_short", params: { min: MIN_PASSWORD_LENGTH } } });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw invalid({ password: { key: "too_long", params: { max: MAX_PASSWORD_LENGTH } } });
  }
}

/**
 * Creates a person who signs in with email and password, in the caller's transaction (so the
 * caller's audit entry commits with it). The rows are the ones better-auth's sign-up would write.
 */
export async function createCredentialUser(
  trx: Executor,
  options: CreateCredentialUserOptions,
): Promise<{ id: string }> {
  checkPasswordPolicy(options.password);
  const email = options.email.trim().toLowerCase();
  const id = randomUUID();
  const passwordHash = await hashPassword(options.password);
  // `on conflict do nothing` instead of catching 23505: an error would abort the caller's transaction.
  const inserted = await trx
    .insertInto("user")
    .values({
      id,
      name: options.name.trim(),
      email,
      locale: options.locale,
      platformAdmin: options.platformAdmin ?? false,
    })
    .onConflict((oc) => oc.column("email").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!inserted) throw new AppError("conflict", { email: { key: "already_exists" } });
  await trx
    .insertInto("account")
    .values({
      id: randomUUID(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: passwordHash,
      updatedAt: new Date(),
    })
    .execute();
  return { id };
}

/** Ends every session of the person at once (sign-out everywhere, deactivation). Returns how many. */
export async function endAllSessions(trx: Executor, userId: string): Promise<number> {
  const result = await trx.deleteFrom("session").where("userId", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Sets a person's password (admin reset), creating the credential account when there is none. */
export async function setPassword(trx: Executor, userId: string, password: string): Promise<void> {
  checkPasswordPolicy(password);
  const passwordHash = await hashPassword(password);
  const updated = await trx
    .updateTable("account")
    .set({ password: passwordHash, updatedAt: new Date() })
    .where("userId", "=", userId)
    .where("providerId", "=", "credential")
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  await trx
    .insertInto("account")
    .values({
      id: randomUUID(),
      accountId: userId,
      providerId: "credential",
      userId,
      password: passwordHash,
      updatedAt: new Date(),
    })
    .execute();
}
