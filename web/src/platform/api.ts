import { currentLocale, message as translated } from "./i18n.ts";

const csrfCookie = "polku_csrf";

/** A failed API call, carrying the server's localised message and per-field messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The CSRF token the server set in a JS-readable cookie; echoed back in a header. */
export function csrfToken(): string | null {
  for (const part of document.cookie.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === csrfCookie) return decodeURIComponent(value.join("="));
  }
  return null;
}

/** Makes sure the CSRF cookie exists before a state-changing request (any response sets it). */
export async function ensureCsrfToken(): Promise<string | null> {
  const existing = csrfToken();
  if (existing) return existing;
  await fetch("/api/health", { credentials: "same-origin" }).catch(() => undefined);
  return csrfToken();
}

function codeForStatus(status: number): string {
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate_limited";
  if (status === 502 || status === 503 || status === 504) return "unavailable";
  return "internal";
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  const code = typeof error?.code === "string" ? error.code : codeForStatus(response.status);
  const message =
    typeof error?.message === "string" && error.message ? error.message : translated(`errors.${code}`);
  const fields =
    error?.fields && typeof error.fields === "object" ? (error.fields as Record<string, string>) : {};
  return new ApiError(response.status, code, message, fields);
}

/**
 * Whether a failed read is worth one more try: a network glitch or a server error is; a 4xx
 * (not found, forbidden, a refused filter) is the answer, and retrying only delays its message.
 */
export function retryGlitchOnce(failures: number, error: unknown): boolean {
  const answered = error instanceof ApiError && error.status >= 400 && error.status < 500;
  return !answered && failures < 1;
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * Calls Polku's JSON API; throws ApiError with the server's localised message on failure, and
 * ApiError with status 0 and code "network" when the request never got an answer.
 */
export async function api<T>(
  method: Method,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers = new Headers({
    ...extraHeaders,
    Accept: "application/json",
    "Accept-Language": currentLocale(),
  });
  if (method !== "GET") {
    const token = await ensureCsrfToken();
    if (token) headers.set("x-csrf-token", token);
  }
  if (body !== undefined) headers.set("Content-Type", "application/json");
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", translated("errors.network"));
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Builds a query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
