import { AxeBuilder } from "@axe-core/playwright";
import { generateTOTP } from "@oslojs/otp";
import { expect, type Page } from "@playwright/test";

/** The password every demo account gets in the e2e server (POLKU_DEMO_PASSWORD). */
export const demoPassword = "e2e-Demo-salasana-2026!";

export const demo = {
  admin: "admin@demo.polku.fi",
  coach: "coach@demo.polku.fi",
  platform: "platform@demo.polku.fi",
} as const;

/** RFC 4648 base32 (no padding needed), as used in otpauth:// secrets. */
export function decodeBase32(text: string): Uint8Array {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const clean = text.replace(/[\s=]/g, "").toUpperCase();
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** The current 6-digit code for a base32 secret, like an authenticator app shows. */
export function totp(secret: string): string {
  return generateTOTP(decodeBase32(secret), 30, 6);
}

/**
 * A code that differs from `used`: waits for the next 30-second window, because a server may
 * refuse a code that was already accepted once.
 */
export async function freshTotp(secret: string, used: string | null): Promise<string> {
  for (let i = 0; i < 40; i++) {
    const code = totp(secret);
    if (code !== used) return code;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("no new TOTP code within 40 s");
}

/** Fails on serious or critical axe violations on the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(bad, `axe on ${label}`).toEqual([]);
}

/** Signs in with email and password on the Finnish sign-in page; stops before any code step. */
export async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Sähköposti").fill(email);
  await page.getByRole("textbox", { name: "Salasana", exact: true }).fill(password);
  await page.getByRole("button", { name: "Kirjaudu", exact: true }).click();
}

/** Signs in a user without two-factor and waits for the home page. */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await signInWithPassword(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: /^Tervetuloa/ })).toBeVisible();
}

/** Signs out through the user menu. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Käyttäjävalikko/ }).click();
  await page.getByRole("menuitem", { name: "Kirjaudu ulos" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kirjaudu sisään" })).toBeVisible();
}

/** Calls the JSON API as the page's user, echoing the CSRF cookie like the web app does. */
export async function callApi<T>(page: Page, method: string, path: string, data?: unknown): Promise<T> {
  const csrf = (await page.context().cookies()).find((c) => c.name === "polku_csrf")?.value ?? "";
  const response = await page.request.fetch(path, {
    method,
    headers: { "x-csrf-token": decodeURIComponent(csrf), Accept: "application/json" },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBeTruthy();
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Today in Finnish time (YYYY-MM-DD), as the server counts days. */
export const helsinkiToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(new Date()).slice(0, 10);

/** The ISO date `offset` days after `day` (negative: before). */
export function dayAfter(day: string, offset: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

export type SignedInPerson = {
  user: { id: string };
  memberships: { organisationId: string; teamId: string | null }[];
};

/**
 * Outcome data a journey makes for itself: a client of the signed-in coach's first team, out of
 * work at the start, referred, accepted and in a cooperation agreement on the given days, and,
 * when `jobStart` is given, in a competitive job from that day. Answers the client's id.
 */
export async function recordAgreedClient(
  coach: Page,
  me: SignedInPerson,
  client: { firstName: string; lastName: string; birthYear: number },
  days: { referral: string; decision: string; agreement: string; jobStart?: string },
  employerName = "Tulostehdas",
): Promise<string> {
  const teamId = me.memberships.find((m) => m.teamId)?.teamId;
  if (!teamId) throw new Error("the coach has no team");
  const created = await callApi<{ clientId: string; episodeId: string }>(coach, "POST", "/api/clients", {
    client: { ...client, municipality: "Tampere" },
    referral: {
      referralDate: days.referral,
      source: "treatment_team",
      situationAtStart: "unemployed",
      ipsTeamId: teamId,
      coachUserId: me.user.id,
      treatmentTeamId: null,
    },
    confirmNotDuplicate: true,
  });
  const episode = `/api/clients/${created.clientId}/episodes/${created.episodeId}`;
  await callApi(coach, "POST", `${episode}/decision`, { decision: "accepted", decisionDate: days.decision });
  await callApi(coach, "POST", `${episode}/agreement`, { agreementDate: days.agreement });
  if (days.jobStart) {
    await callApi(coach, "POST", `/api/clients/${created.clientId}/jobs`, {
      employerName,
      title: "Varastotyöntekijä",
      startDate: days.jobStart,
      contractType: "open_ended",
      hoursPerWeek: 20,
      hourlyWage: 13.5,
    });
  }
  return created.clientId;
}

/** Fails when the page scrolls sideways (on a phone, wide content must scroll in its own region). */
export async function expectFitsWidth(page: Page, label: string): Promise<void> {
  // A string expression: this file is type-checked without the DOM library.
  const fits = await page.evaluate<boolean>("document.documentElement.scrollWidth <= window.innerWidth");
  expect(fits, `${label} fits the viewport's width`).toBe(true);
}

/** What has focus now (document.activeElement): its tag, accessible label and whether it is in a list item. */
export async function activeElementOf(
  page: Page,
): Promise<{ tag: string; label: string | null; inListItem: boolean }> {
  return page.locator("body").evaluate((body) => {
    const at = body.ownerDocument.activeElement;
    return {
      tag: at?.tagName ?? "",
      label: at?.getAttribute("aria-label") ?? null,
      inListItem: Boolean(at?.closest("li")),
    };
  });
}
