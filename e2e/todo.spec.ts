import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { callApi, demo, expectAccessible, expectFitsWidth, helsinkiToday, signIn } from "./fixtures.ts";

// The coach's to-do list (issue 10) on the demo coach's caseload: an overdue next step is done
// and goes away; another is snoozed and disappears until its day. One sign-in for the file.
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const doneEmployer = `Leipomo Tehtävä ${run}`;
const snoozedEmployer = `Puutarha Odotus ${run}`;

let context: BrowserContext;
let page: Page;

const daysFrom = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The to-do list section of the home page, and one item's row in it by its employer. */
const todoSection = () => page.getByRole("region", { name: "Tehtävät" });
const rowOf = (employer: string) => todoSection().getByRole("listitem").filter({ hasText: employer });
/** Opens every client group collapsed beyond its first rows (each press is one group). */
const showAll = async () => {
  const more = todoSection().getByRole("button", { name: /^Näytä kaikki/ });
  while ((await more.count()) > 0) {
    const before = await more.count();
    await more.first().click();
    await expect(more).toHaveCount(before - 1);
  }
};
const navCount = async () => {
  const home = page.getByRole("navigation").getByRole("link", { name: /^Etusivu/ });
  const name = (await home.getAttribute("aria-label")) ?? "";
  return Number(name.match(/(\d+) erääntynyttä tehtävää/)?.[1] ?? 0);
};

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signIn(page, demo.coach);
  await page.request.get("/api/health");
  type Me = { memberships: { organisationId: string; teamId: string | null }[] };
  const me = await callApi<Me>(page, "GET", "/api/me");
  const organisationId = me.memberships.find((m) => m.teamId)?.organisationId;
  if (!organisationId) throw new Error("the demo coach has no organisation");
  // Two contacts recorded three days ago, each promising a next step by yesterday.
  const today = helsinkiToday();
  for (const name of [doneEmployer, snoozedEmployer]) {
    const employer = await callApi<{ id: string }>(
      page,
      "POST",
      `/api/organisations/${organisationId}/employers`,
      { name },
    );
    await callApi(page, "POST", `/api/organisations/${organisationId}/employer-contacts`, {
      employerId: employer.id,
      occurredAt: `${daysFrom(today, -3)}T09:00:00+02:00`,
      faceToFace: true,
      purposes: ["learn_needs"],
      outcome: "nothing_yet",
      nextStep: "Soita esihenkilölle",
      nextStepOn: daysFrom(today, -1),
    });
  }
});
test.afterAll(() => context.close());

test("an overdue next step is marked, opened, done, and gone", async () => {
  await page.goto("/");
  await expect(todoSection().getByRole("heading", { level: 2, name: "Tehtävät" })).toBeVisible();
  await expect(todoSection().getByRole("heading", { level: 3, name: /^Myöhässä/ })).toBeVisible();
  // Grouped by client, each with its count; the two next steps made for no client are one group.
  const overdue = todoSection().getByRole("region", { name: /^Myöhässä/ });
  const employers = overdue.getByRole("region", { name: /^Työnantajakontaktit \(\d+\)$/ });
  await expect(employers).toBeVisible();
  const groups = overdue.getByRole("heading", { level: 4 });
  expect(await groups.count()).toBeGreaterThan(1);
  // A group longer than three rows opens by keyboard and says so.
  const more = overdue.getByRole("button", { name: /^Näytä kaikki/ }).first();
  if ((await more.count()) > 0) {
    const list = page.locator(`[id="${await more.getAttribute("aria-controls")}"]`);
    const total = Number((await more.textContent())?.match(/Näytä kaikki (\d+)/)?.[1]);
    await expect(list.getByRole("listitem")).toHaveCount(3);
    await more.focus();
    await page.keyboard.press("Enter");
    await expect(list.getByRole("listitem")).toHaveCount(total);
    await expect(page.locator(`[aria-controls="${await list.getAttribute("id")}"]`)).toHaveAttribute(
      "aria-expanded",
      "true",
    );
  }
  await showAll();
  const row = rowOf(doneEmployer);
  await expect(row).toBeVisible();
  // Overdue is said in words, not only by colour.
  await expect(row.getByText("Myöhässä", { exact: true })).toBeVisible();
  const before = await navCount();
  expect(before).toBeGreaterThanOrEqual(2);
  await expectAccessible(page, "home with the to-do list");

  await row.getByRole("link", { name: /Työnantajakontaktin seuraava askel/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kirjaa työnantajakontakti" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Työnantaja" })).toHaveValue(new RegExp(doneEmployer));
  const purposes = page.getByRole("group", { name: "Tarkoitus" });
  await purposes.getByText("Työnantajan tarpeisiin tutustuminen", { exact: true }).click();
  await page.getByRole("group", { name: "Tulos" }).getByText("Haastattelu sovittu", { exact: true }).click();
  await page.getByRole("button", { name: "Tallenna kontakti" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Työnantajakontakti tallennettu" })).toBeVisible();
  // The navigation's count follows at once, without a reload.
  await expect.poll(navCount).toBe(before - 1);

  await page
    .getByRole("navigation")
    .getByRole("link", { name: /Etusivu/ })
    .click();
  await showAll();
  await expect(rowOf(snoozedEmployer)).toBeVisible();
  await expect(rowOf(doneEmployer)).toHaveCount(0);
});

test("a snoozed item disappears until its day, by keyboard on a phone-sized screen", async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await showAll();
  const row = rowOf(snoozedEmployer);
  await expect(row).toBeVisible();
  const button = row.getByRole("button", { name: /^Siirrä myöhemmäksi: Työnantajakontaktin seuraava askel/ });
  await button.focus();
  await page.keyboard.press("Enter");
  const date = page.getByLabel("Näytä uudelleen päivänä");
  await expect(date).toBeFocused();
  const until = daysFrom(helsinkiToday(), 2);
  await date.fill(until);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Tehtävä siirretty");
  const snoozed = todoSection().getByRole("region", { name: /^Siirretyt/ });
  await expect(snoozed.getByRole("listitem").filter({ hasText: snoozedEmployer })).toBeVisible();
  const [y, m, d] = until.split("-").map(Number);
  await expect(snoozed.getByText(`Palaa ${d}.${m}.${y}`)).toBeVisible();
  // Gone from the groups that are due.
  for (const group of ["Myöhässä", "Tänään", "Seuraavat 7 päivää"]) {
    const section = todoSection().getByRole("region", { name: new RegExp(`^${group}`) });
    await expect(section.getByRole("listitem").filter({ hasText: snoozedEmployer })).toHaveCount(0);
  }
  await expectFitsWidth(page, "home with the to-do list on a phone");
  await expectAccessible(page, "home with a snoozed to-do on a phone");

  // Brought back now, it is on the list again.
  await snoozed
    .getByRole("button", { name: /^Palauta nyt: Työnantajakontaktin seuraava askel/ })
    .first()
    .click();
  await expect(page.getByRole("status")).toContainText("Tehtävä palautettu listalle.");
  await showAll();
  await expect(
    todoSection()
      .getByRole("region", { name: /^Myöhässä/ })
      .getByRole("listitem")
      .filter({ hasText: snoozedEmployer }),
  ).toBeVisible();
});
