/**
 * How people type numbers and dates, read the same way in every language (pure; unit-tested).
 * A number field keeps its text; the form turns it into a number only when it builds the body,
 * so "12,80" and "12.80" are both 12.8 and nothing is silently reformatted while typing.
 */

/** Spaces people put between thousands, including the no-break spaces Intl writes. */
const groupSpaces = /[\s\u00a0\u202f]/g;

/**
 * A decimal typed with a comma or a point ("12,80", "12.80", ",5", "1 280"): its number; "" → null;
 * anything else → NaN, which the contract reports as "type a number". A point is never a
 * thousands separator (that read "12.80" as 1280), and text with both a comma and a point is
 * ambiguous, so it is refused rather than guessed.
 */
export function parseDecimal(text: string, unit?: string): number | null {
  let s = text.trim();
  if (unit && s.endsWith(unit)) s = s.slice(0, -unit.length).trim();
  s = s.replace(groupSpaces, "");
  if (s === "") return null;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return Number.NaN;
  return Number(s.replace(",", "."));
}

/** A number as a field shows it: the language's decimal separator, no grouping, "" for none. */
export function formatDecimal(value: number | null | undefined, decimalSeparator: "," | "."): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  return String(value).replace(".", decimalSeparator);
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

/**
 * A date typed into a date field, as YYYY-MM-DD, or null when it names no date. Accepts the
 * app's own forms in every language (7.12.2026, 07/12/2026, 7.12. for this year) and ISO
 * (2026-12-07); day before month always, as in Finland, Sweden and Britain. A two-digit year
 * is 20xx. `thisYear` fills in a missing year.
 */
export function parseTypedDate(text: string, thisYear: number): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4})?)?$/.exec(s);
  if (!dmy) return null;
  const year = dmy[3] === undefined ? thisYear : dmy[3].length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
  return isoOf(year, Number(dmy[2]), Number(dmy[1]));
}

/**
 * A time of day typed into a time field, as HH:MM, or null when it names no time. Accepts the
 * Finnish and Swedish form (9.05, klo 9.05), the English one (9:05), a bare hour (9) and four or
 * three digits (0905, 905).
 */
export function parseTypedTime(text: string): string | null {
  const s = text.trim().replace(/^klo\s*/i, "");
  const parts = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(s) ?? /^(\d{1,2})(\d{2})$/.exec(s);
  if (!parts) return null;
  const hours = Number(parts[1]);
  const minutes = Number(parts[2] ?? "0");
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

/** A time (HH:MM) as the language writes it: 9.05 in Finnish and Swedish, 09:05 in English. */
export function formatTime(time: string, separator: "." | ":"): string {
  const [hours = "0", minutes = "00"] = time.split(":");
  return separator === "." ? `${Number(hours)}.${minutes}` : `${hours.padStart(2, "0")}:${minutes}`;
}

/** Text of a form as a body field: trimmed, or null when empty. */
export const textOrNull = (text: string): string | null => text.trim() || null;

/** A date field's value as a body field: null when empty. */
export const dateOrNull = (value: string): string | null => value || null;
