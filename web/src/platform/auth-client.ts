import type { MessageKey } from "@core/i18n/index";
import { createAuthClient } from "better-auth/client";
import { twoFactorClient } from "better-auth/client/plugins";
import { ensureCsrfToken } from "./api.ts";
import { currentLocale, message } from "./i18n.ts";

/** better-auth's client for the endpoints under /api/auth, with Polku's CSRF header added. */
export const authClient = createAuthClient({
  baseURL: window.location.origin,
  basePath: "/api/auth",
  plugins: [twoFactorClient()],
  fetchOptions: {
    async onRequest(context) {
      context.headers.set("accept-language", currentLocale());
      if (context.method && context.method.toUpperCase() !== "GET") {
        const token = await ensureCsrfToken();
        if (token) context.headers.set("x-csrf-token", token);
      }
      return context;
    },
  },
});

/** The error shape better-auth's client returns: its own `{code,message}` or Polku's `{error:{…}}`. */
export type AuthFailure = {
  status?: number;
  code?: string;
  message?: string;
  error?: { code?: string; message?: string; fields?: Record<string, string> };
};

const codeMessages: Record<string, MessageKey> = {
  INVALID_EMAIL_OR_PASSWORD: "errors.invalid_credentials",
  INVALID_CODE: "auth.invalidCode",
  INVALID_BACKUP_CODE: "auth.invalidCode",
  OTP_HAS_EXPIRED: "auth.invalidCode",
  INVALID_TWO_FACTOR_COOKIE: "errors.unauthenticated",
  INVALID_PASSWORD: "profile.wrongPassword",
  PASSWORD_TOO_SHORT: "validation.password_too_short",
  SESSION_EXPIRED: "errors.unauthenticated",
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: "errors.rate_limited",
  ACCOUNT_TEMPORARILY_LOCKED: "errors.rate_limited",
};

/** A plain-language message, in the current language, for a failed better-auth call. */
export function authErrorMessage(failure: AuthFailure | null | undefined): string {
  if (failure?.error?.message) return failure.error.message;
  const key = failure?.code ? codeMessages[failure.code] : undefined;
  if (key) return message(key, { min: minPasswordLength });
  if (failure?.status === 429) return message("errors.rate_limited");
  if (failure?.status === 401) return message("errors.invalid_credentials");
  if (failure?.status === 403) return message("errors.forbidden");
  if (!failure?.status) return message("errors.network");
  return message("errors.internal");
}

/** Minimum password length, as the server enforces it (core/contracts createStaffUser). */
export const minPasswordLength = 12;
