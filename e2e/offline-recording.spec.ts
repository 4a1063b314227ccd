import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import {
  callApi,
  dayAfter,
  demo,
  helsinkiToday,
  recordAgreedClient,
  type SignedInPerson,
  signIn,
  signOut,
} from "./fixtures.ts";

// Offline recording (issue 10, ADR 0016): a note written without a network waits on the device,
// encrypted, and is saved once when the network returns; signing out deletes what waits.
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36).replace(/\d/g, "");
let context: BrowserContext;
let page: Page;
let clientId = "";

// Strings, not functions: this file is type-checked without the DOM library.
const drafts = `new Promise((resolve) => {
  const open = indexedDB.open("polku-offline", 1);
  open.onupgradeneeded = () => open.result.createObjectStore("drafts", { keyPath: "id" });
  open.onsuccess = () => {
    const get = open.result.transaction("drafts").objectStore("drafts").getAll();
    get.onsuccess = () => {
      open.result.close();
      resolve(get.result.map((d) => Array.from(new Uint8Array(d.data), (b) => String.fromCharCode(b)).join("")));
    };
  };
})`;

async function openContacts() {
  await page.goto(`/clients/${clientId}`);
  await page.getByRole("tab", { name: "Yhteydenotot" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Yhteydenotot" })).toBeVisible();
  await expect(page.locator(".mantine-Loader-root")).toHaveCount(0);
}

async function writeNote(notes: string) {
  await page.getByRole("button", { name: "Kirjaa yhteydenotto" }).click();
  const dialog = page.getByRole("dialog", { name: "Kirjaa yhteydenotto" });
  await dialog.getByRole("group", { name: "Tyyppi" }).getByText("Työpaikkakäynti", { exact: true }).click();
  // Mode, place and who took part wait behind "Lisätiedot" (the Record form, issue 10).
  await dialog.getByRole("button", { name: /^Lisätiedot/ }).click();
  await dialog.getByLabel("Missä").selectOption({ label: "Työpaikka" });
  // The form remembers the type's last purposes on the device: tick it only when it is not ticked.
  const purposes = dialog.getByRole("group", { name: "Tarkoitus (vähintään yksi)" });
  if (!(await purposes.getByRole("checkbox", { name: "Työssä tukeminen: asiakas" }).isChecked()))
    await purposes.getByText("Työssä tukeminen: asiakas", { exact: true }).click();
  await dialog.getByLabel("Muistiinpanot").fill(notes);
  await dialog.getByRole("button", { name: "Tallenna yhteydenotto" }).click();
  await expect(dialog).toBeHidden();
}

const savedWith = async (notes: string) => {
  type Page = { items: { notes: string | null }[] };
  const list = await callApi<Page>(page, "GET", `/api/clients/${clientId}/activities?limit=100`);
  return list.items.filter((a) => a.notes === notes).length;
};

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signIn(page, demo.coach);
  const me = await callApi<SignedInPerson>(page, "GET", "/api/me");
  const today = helsinkiToday();
  clientId = await recordAgreedClient(
    page,
    me,
    { firstName: "Onni", lastName: `Offline${run}`, birthYear: 1991 },
    { referral: dayAfter(today, -20), decision: dayAfter(today, -19), agreement: dayAfter(today, -18) },
  );
});

test.afterAll(async () => {
  await context.close();
});

test("a note written offline waits, survives a reload, and is saved once when the network returns", async () => {
  await openContacts();
  // The service worker keeps the app shell, so the page can be reloaded without a network.
  // A function, not a string: a string predicate is run through eval, which the CSP refuses.
  type WithWorker = { navigator: { serviceWorker: { controller: unknown } } };
  await page.waitForFunction(
    () => (globalThis as unknown as WithWorker).navigator.serviceWorker.controller !== null,
  );

  await context.setOffline(true);
  const notes = `Ilman verkkoa kirjattu käynti ${run}`;
  await writeNote(notes);
  await expect(page.getByText("Ei verkkoyhteyttä: kirjaus odottaa lähetystä")).toBeVisible();
  await expect(page.getByText("Odottaa lähetystä: 1", { exact: true })).toBeVisible();
  // Stored encrypted: not a word of the note in the device's database.
  const stored = (await page.evaluate(drafts)) as string[];
  expect(stored).toHaveLength(1);
  expect(stored[0]).not.toContain("Ilman verkkoa");

  await page.reload();
  await expect(page.getByRole("button", { name: "Yritä uudelleen" })).toBeVisible();
  expect((await page.evaluate(drafts)) as string[]).toHaveLength(1);

  await context.setOffline(false);
  await page.getByRole("button", { name: "Yritä uudelleen" }).click();
  await openContacts();
  await expect(page.getByRole("article").filter({ hasText: notes })).toHaveCount(1);
  await expect(page.getByText(/^Odottaa lähetystä/)).toHaveCount(0);
  expect(await savedWith(notes)).toBe(1);
  // Sent once: another start of the frame sends nothing more.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Yhteydenotot" })).toBeVisible();
  expect(await savedWith(notes)).toBe(1);
});

test("a note waiting to be sent is gone after signing out", async () => {
  await openContacts();
  // The server cannot be reached for this one request: the note waits on the device.
  await page.route("**/api/clients/*/activities", (route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
  );
  const notes = `Uloskirjautuessa hävitetty ${run}`;
  await writeNote(notes);
  await expect(page.getByText("Odottaa lähetystä: 1", { exact: true })).toBeVisible();
  expect((await page.evaluate(drafts)) as string[]).toHaveLength(1);

  await signOut(page);
  const databases = (await page.evaluate("indexedDB.databases()")) as { name: string }[];
  expect(databases.map((d) => d.name)).not.toContain("polku-offline");

  await page.unroute("**/api/clients/*/activities");
  await signIn(page, demo.coach);
  await openContacts();
  await expect(page.getByText(/^Odottaa lähetystä/)).toHaveCount(0);
  expect(await savedWith(notes)).toBe(0);
});
