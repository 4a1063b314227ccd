/** The interface languages Polku speaks; Finnish is the default. */
export const locales = ["fi", "sv", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fi";

/** The time zone every date and time is shown in. */
export const displayTimeZone = "Europe/Helsinki";

/** Picks the best supported locale from an Accept-Language header value. */
export function negotiateLocale(header: string | undefined | null): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.find((r) => r.trim().startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    const hit = locales.find((l) => l === base);
    if (hit) return hit;
  }
  return defaultLocale;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
