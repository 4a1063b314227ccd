import { type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";
import {
  callApi,
  demo,
  expectAccessible,
  expectFitsWidth,
  helsinkiToday,
  recordAgreedClient,
  type SignedInPerson,
  signIn,
} from "./fixtures.ts";

// Issue 10, "recording in seconds, on a phone": a phone call recorded on a 390 × 844 touch
// screen, with every tap counted. The type brings phone, remote and 15 minutes; the device
// remembers the coach's last choices per type (never a client or a note), so the purpose is
// chosen once per device and every later phone call takes four taps. One sign-in for the file.
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36).replace(/\d/g, "");
const lastName = `Puhelinkoe${run}`;
const clientName = `Pirkko ${lastName}`;

type Listed = {
  items: Array<{
    type: string;
    mode: string;
    purposes: string[];
    notes: string | null;
    details: { place: string } | null;
  }>;
};

let context: BrowserContext;
let page: Page;
let clientId = "";
let taps = 0;

/** One tap of the person's finger: every control touched goes through here and is counted. */
async function tap(target: Locator) {
  taps += 1;
  await target.tap();
}

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  page = await context.newPage();
  await signIn(page, demo.coach);
  const me = await callApi<SignedInPerson>(page, "GET", "/api/me");
  const today = helsinkiToday();
  clientId = await recordAgreedClient(
    page,
    me,
    { firstName: "Pirkko", lastName, birthYear: 1979 },
    { referral: today, decision: today, agreement: today },
  );
});

test.afterAll(async () => {
  await context.close();
});

const dialogOf = () => page.getByRole("dialog", { name: "Kirjaa yhteydenotto" });
const headerRecord = () => page.getByRole("banner").getByRole("button", { name: "Kirjaa", exact: true });
/** A chip's visible label (its radio or checkbox input is visually hidden under it). */
const chip = (name: string) => dialogOf().locator("label", { hasText: new RegExp(`^${name}$`) });

/** The client's activity with this note (two calls in the same minute share a time). */
async function savedWith(note: string) {
  const list = await callApi<Listed>(page, "GET", `/api/clients/${clientId}/activities?limit=20`);
  return list.items.find((a) => a.notes === note);
}

test("the first phone call on a device: Record, the client, Phone call, a purpose once, Save", async () => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /^Tervetuloa/ })).toBeVisible();
  taps = 0;

  await tap(headerRecord());
  const dialog = dialogOf();
  await expect(dialog).toBeVisible();
  // Elsewhere than on a client's page the form starts from the caseload: its search is focused.
  await expect(dialog.getByRole("searchbox", { name: "Asiakas" })).toBeFocused();
  await expect(dialog.getByRole("list", { name: /^Asiakkaasi/ })).toContainText(clientName);
  await expectAccessible(page, "the activity form opened by Record, with the caseload to pick from");
  await expectFitsWidth(page, "the activity form on a phone");

  await tap(dialog.getByRole("button", { name: new RegExp(`^${clientName}`) }));
  await expect(dialog.getByTestId("chosen-client")).toHaveText(clientName);
  await tap(chip("Puhelu"));
  await expect(dialog.getByTestId("activity-details-summary")).toHaveText(/^Puhelin · Etänä/);
  await expect(dialog.getByLabel("Kesto (min)")).toHaveValue("15");
  // No purpose remembered yet on this device, and a phone call names none by itself.
  await tap(chip("Työnhaun tuki"));
  await dialog.getByLabel("Muistiinpanot").fill("Soitin: haastattelu sovittu torstaille.");
  await expectAccessible(page, "the filled activity form");
  await tap(dialog.getByRole("button", { name: "Tallenna yhteydenotto" }));
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole("status").filter({ hasText: `Yhteydenotto kirjattu: ${clientName}.` }),
  ).toBeVisible();
  expect(taps).toBe(5);

  const saved = await savedWith("Soitin: haastattelu sovittu torstaille.");
  expect(saved).toMatchObject({ type: "phone_call", mode: "phone", purposes: ["job_search_support"] });
  expect(saved?.details?.place).toBe("remote");
});

test("every later phone call takes four taps and the note; it shows on the client's contacts", async () => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /^Tervetuloa/ })).toBeVisible();
  taps = 0;

  await tap(headerRecord());
  const dialog = dialogOf();
  await expect(dialog).toBeVisible();
  await expectAccessible(page, "the activity form opened a second time");
  // The client phoned is listed as met today (other journeys' clients may share the day).
  await expect(
    dialog
      .getByRole("list", { name: /^Asiakkaasi/ })
      .getByRole("button", { name: new RegExp(`^${clientName}`) }),
  ).toContainText("0 pv sitten");
  await tap(dialog.getByRole("button", { name: new RegExp(`^${clientName}`) }));
  await tap(chip("Puhelu"));
  // The device remembered this coach's phone-call purpose; the form shows it checked.
  await expect(dialog.getByRole("checkbox", { name: "Työnhaun tuki" })).toBeChecked();
  await dialog.getByLabel("Muistiinpanot").fill("Soitin uudelleen: haastattelu siirtyi perjantaille.");
  await tap(dialog.getByRole("button", { name: "Tallenna yhteydenotto" }));
  await expect(dialog).toBeHidden();
  expect(taps).toBeLessThanOrEqual(4);

  const saved = await savedWith("Soitin uudelleen: haastattelu siirtyi perjantaille.");
  expect(saved).toMatchObject({
    type: "phone_call",
    mode: "phone",
    notes: "Soitin uudelleen: haastattelu siirtyi perjantaille.",
  });
  expect(saved?.details?.place).toBe("remote");

  // The device keeps choices only: no client, name or note.
  const stored = await page.evaluate<string>("localStorage.getItem('polku.activityChoices') ?? ''");
  expect(JSON.parse(stored)).toEqual({
    phone_call: { mode: "phone", place: "remote", durationMinutes: 15, purposes: ["job_search_support"] },
  });

  await page.getByRole("status").getByRole("link", { name: "Näytä asiakkaan yhteydenotot" }).tap();
  await expect(page.getByRole("heading", { level: 1, name: clientName })).toBeVisible();
  await expect(page.getByRole("tab", { name: "Yhteydenotot" })).toHaveAttribute("aria-selected", "true");
  const item = page.getByRole("article").filter({ hasText: "haastattelu siirtyi perjantaille" });
  await expect(item).toContainText("Puhelu");
  await expect(item).toContainText("Puhelin");
  await expectFitsWidth(page, "the client's contacts on a phone");
});

test("on a client's page, and on the home page's client list, Record opens for that client", async () => {
  await page.goto(`/clients/${clientId}`);
  await expect(page.getByRole("heading", { level: 1, name: clientName })).toBeVisible();
  await headerRecord().tap();
  await expect(dialogOf().getByTestId("chosen-client")).toHaveText(clientName);
  await expect(dialogOf().getByRole("radio", { name: "Tapaaminen asiakkaan kanssa" })).toBeFocused();
  await dialogOf().getByRole("button", { name: "Peruuta" }).tap();
  await expect(dialogOf()).toBeHidden();

  await page.goto("/");
  await page.getByRole("button", { name: `Kirjaa yhteydenotto: ${clientName}` }).tap();
  await expect(dialogOf().getByTestId("chosen-client")).toHaveText(clientName);
  await expectFitsWidth(page, "the home page's Record dialog");
});
