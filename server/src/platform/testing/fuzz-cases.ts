/**
 * Tests only: the hostile inputs the fuzz test (platform/http/fuzz.test.ts) sends, and how it
 * builds an otherwise plausible request from a route's OpenAPI schema. Deterministic: every
 * choice comes from a seeded generator.
 */

/** A small seeded PRNG (mulberry32), so every run sends the same requests. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)] as T;
    },
    /** `count` distinct items in a seeded order (all of them when there are fewer). */
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, count);
    },
  };
}

/** A henkilötunnus typed into a URL must never come back in an error body. */
export const ECHO_MARKER = "010594Y9032";

/** Raw JSON tokens: placeholders in the body text, swapped in after JSON.stringify. */
const DEEP = `${"[".repeat(5000)}${"]".repeat(5000)}`;
const raw = {
  "-0": "-0",
  "1e308": "1e308",
  "-1e308": "-1e308",
  "5e-324": "5e-324",
  hugeInt: "123456789012345678901234567890",
  deep: DEEP,
} as const;
const rawToken = (name: keyof typeof raw) => `\u0001raw:${name}\u0001`;

/** Values put into one body field at a time. */
export const valueClasses: Record<string, unknown> = {
  nul: "a\u0000b",
  loneHighSurrogate: "x\ud800",
  loneLowSurrogate: "\udfffy",
  extremeNumber: rawToken("1e308"),
  negativeExtreme: rawToken("-1e308"),
  negativeZero: rawToken("-0"),
  denormal: rawToken("5e-324"),
  hugeInteger: rawToken("hugeInt"),
  roundsToZero: 0.04,
  fraction: 1.5,
  nanString: "NaN",
  wrongArray: [],
  wrongObject: { a: 1 },
  wrongBoolean: true,
  wrongString: "yes",
  deepNesting: rawToken("deep"),
  oneMegabyte: "x".repeat(1_000_000),
};

/** The body text: JSON with the raw tokens in place. */
export function bodyText(body: unknown): string {
  return JSON.stringify(body).replace(
    /"\\u0001raw:([\w-]+)\\u0001"/g,
    (_, name: keyof typeof raw) => raw[name],
  );
}

/** Whole bodies, each replacing the route's body. */
export const bodyClasses: Record<string, string> = {
  deepNesting: DEEP,
  deepObject: `${'{"a":'.repeat(3000)}1${"}".repeat(3000)}`,
  null: "null",
  array: "[]",
  string: '"text"',
  number: "1e308",
  truncated: '{"a":',
  prototypePollution: '{"__proto__":{"polluted":true}}',
  overLimit: `{"a":"${"x".repeat(1_100_000)}"}`,
};

/** Path parameter values, already as they appear in the URL. */
export const pathClasses: Record<string, string> = {
  nul: "%00",
  badEncoding: `%ZZ${ECHO_MARKER}`,
  loneSurrogate: "%ED%A0%80",
  overLong: `${ECHO_MARKER}${"x".repeat(300)}`,
  extremeNumber: "1e308",
  negativeZero: "-0",
  nanString: "NaN",
  hugeInteger: "123456789012345678901234567890",
  dotDot: "%2e%2e",
};

/** Query values, already URL-encoded; `repeated` sends the parameter twice (an array). */
export const queryClasses: Record<string, string> = {
  nul: "%00",
  badEncoding: "%ZZ",
  loneSurrogate: "%ED%A0%80",
  extremeNumber: "1e308",
  negativeZero: "-0",
  nanString: "NaN",
  hugeInteger: "123456789012345678901234567890",
  long: `${ECHO_MARKER}${"x".repeat(10_000)}`,
  repeated: "a&{name}=b",
};
