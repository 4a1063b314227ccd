import { type ErrorBody, type ErrorCode, errorStatus } from "../../../core/errors/codes.ts";
import { type MessageKey, translate } from "../../../core/i18n/index.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import { MIN_PASSWORD_LENGTH } from "./password-hash.ts";

type Mapped = { code: ErrorCode; message?: MessageKey; params?: Record<string, number> };

/**
 * better-auth's own failure codes, as Polku's closed list. Where a more helpful message exists
 * (the web app showed these before the bridge translated them), it is kept.
 */
const byLibraryCode: Record<string, Mapped> = {
  INVALID_EMAIL_OR_PASSWORD: { code: "invalid_credentials" },
  // Asked again of a signed-in person (change password, turn two-factor off): their session stays.
  INVALID_PASSWORD: { code: "validation_failed", message: "profile.wrongPassword" },
  INVALID_CODE: { code: "invalid_credentials", message: "auth.invalidCode" },
  INVALID_BACKUP_CODE: { code: "invalid_credentials", message: "auth.invalidCode" },
  OTP_HAS_EXPIRED: { code: "invalid_credentials", message: "auth.invalidCode" },
  PASSWORD_TOO_SHORT: {
    code: "validation_failed",
    message: "validation.password_too_short",
    params: { min: MIN_PASSWORD_LENGTH },
  },
  PASSWORD_TOO_LONG: { code: "validation_failed" },
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: { code: "rate_limited" },
  ACCOUNT_TEMPORARILY_LOCKED: { code: "rate_limited" },
  // better-auth's own Origin check guards against cross-site requests, as Polku's CSRF token does.
  INVALID_ORIGIN: { code: "csrf_failed" },
  MISSING_OR_NULL_ORIGIN: { code: "csrf_failed" },
};

function byStatus(status: number): ErrorCode {
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 413) return "payload_too_large";
  if (status === 415) return "unsupported_media_type";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "internal";
  return "malformed_request";
}

function libraryCode(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text);
    const code = (body as { code?: unknown } | null)?.code;
    return typeof code === "string" ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A failed better-auth answer (status ≥ 400) in Polku's one error shape and the caller's language,
 * with the status of that code. The library's own text never passes through: it is in English
 * and can echo input.
 */
export function presentAuthFailure(
  locale: Locale,
  status: number,
  text: string,
): { status: number; body: ErrorBody } {
  const known = byLibraryCode[libraryCode(text) ?? ""];
  const code = known?.code ?? byStatus(status);
  const message = translate(locale, known?.message ?? `errors.${code}`, known?.params);
  return { status: errorStatus[code], body: { error: { code, message } } };
}
