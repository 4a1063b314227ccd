/**
 * The closed list of error codes Polku's API returns, and the HTTP status each maps to.
 * Every failure body has the shape `{ error: { code, message, fields? } }`; `message` is in the
 * caller's language (see core/i18n, key `errors.<code>`).
 */
export const errorStatus = {
  validation_failed: 400,
  malformed_request: 400,
  /** An appointment is marked held only from its start time on. */
  appointment_not_started: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  two_factor_required: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export const errorCodes = Object.keys(errorStatus) as ErrorCode[];

/** Field-level problems, keyed by a dotted field path, each a translation key under `validation.`. */
export type FieldProblem = {
  key: ValidationKey;
  params?: Record<string, string | number>;
};

export const validationKeys = [
  "required",
  "invalid_type",
  "too_short",
  "too_long",
  "too_small",
  "too_small_exclusive",
  "too_big",
  "invalid_email",
  "invalid_format",
  "invalid_option",
  "unknown_field",
  "invalid_date",
  "password_too_short",
  "already_exists",
  "invalid_henkilotunnus",
  "outreach_required",
  "end_before_start",
  "repeat_until_before_start",
  "repeat_too_many",
  "series_day_change",
  "in_future",
  "invalid_business_id",
  "min_over_max",
  "no_open_episode",
  "invalid_characters",
  "too_precise",
  "birth_date_in_future",
  "consent_in_force",
  "person_in_other_organisation",
  "deactivated_everywhere",
  "csv_header",
  "csv_column_not_allowed",
  "csv_field_count",
  "csv_identity_code",
  "csv_pseudonym_missing",
  "csv_invalid_date",
  "csv_period_reversed",
  "csv_employed_flag",
  "csv_duplicate_pseudonym",
  "csv_unclosed_quote",
  "over_denominator",
  "periods_overlap",
  "no_active_account",
  "too_many_people",
  "snooze_not_after_today",
  "snooze_too_far",
  "nothing_to_confirm",
  "already_confirmed",
  "before_saved",
  "file_empty",
  "file_too_large",
  "file_name_not_allowed",
  "file_type_not_allowed",
  "file_content_mismatch",
  "not_a_number",
  "choose_one",
  "choose_at_least",
  "choose_at_most",
  "hourly_wage_range",
] as const;

export type ValidationKey = (typeof validationKeys)[number];

/** The JSON body of every error response. */
export type ErrorBody = {
  error: {
    code: ErrorCode;
    message: string;
    fields?: Record<string, string>;
  };
};
