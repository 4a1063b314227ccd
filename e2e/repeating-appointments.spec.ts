import { expect, type Page, test } from "@playwright/test";
import { dayAfter, demo, expectAccessible, helsinkiToday, signIn } from "./fixtures.ts";

// A weekly meeting booked once: it shows in this week and the next, and a change of time for
// "this and the later meetings" moves the next week's one too (issue 10).
test.describe.configure({ mode: "serial" });

const purpose = `Ryhmävalmennus ${Date.now().toString(36)}`;
const today = () => helsinkiToday();
/** The meeting on one day of the week grid. */
const meeting = (page: Page, day: string) =>
  page.locator(`td.fc-timegrid-col[data-date="${day}"]`).locator(".fc-timegrid-event", { hasText: purpose });

async function openCalendar(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: "Kalenteri", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kalenteri" })).toBeVisible();
  // The whole week (today may be a weekend day, which the work week leaves out).
  await page
    .locator("label")
    .filter({ hasText: /^Viikko$/ })
    .click();
}

test("a weekly appointment repeats next week; moving the series moves the later meetings", async ({
  page,
}) => {
  await signIn(page, demo.coach);
  await openCalendar(page);
  await page.getByRole("button", { name: "Uusi tapaaminen" }).click();
  const dialog = page.getByRole("dialog", { name: "Uusi tapaaminen" });
  await dialog.getByLabel("Alkaa").fill(`${today()}T07:00`);
  await dialog.getByLabel("Tarkoitus").fill(purpose);
  await dialog.getByLabel("Toistuu").selectOption({ label: "Viikoittain" });
  await dialog.getByText("Tapaamisten määrän jälkeen", { exact: true }).click();
  await dialog.getByRole("textbox", { name: "Tapaamisten määrä" }).fill("0");
  await dialog.getByRole("button", { name: "Varaa" }).click();
  // The contract the server checks with says what to fix, before anything is sent.
  await expect(dialog.getByText("Arvon on oltava vähintään 1.")).toBeVisible();
  await dialog.getByRole("textbox", { name: "Tapaamisten määrä" }).fill("3");
  await expectAccessible(page, "new repeating appointment dialog");
  await dialog.getByRole("button", { name: "Varaa" }).click();
  await expect(dialog).toBeHidden();

  const first = today();
  const second = dayAfter(first, 7);
  const third = dayAfter(first, 14);
  await expect(meeting(page, first)).toContainText("7.00");
  // Opened from the grid, it says it repeats.
  await meeting(page, first).click();
  const details = page.getByRole("dialog", { name: /^Tapaaminen / });
  await expect(details).toContainText("Toistuva");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Seuraava", exact: true }).click();
  await expect(meeting(page, second)).toContainText("7.00");

  // Next week's meeting and the one after move to 8.00: "this and the later meetings".
  await meeting(page, second).click();
  await details.getByRole("button", { name: "Siirrä" }).click();
  const move = page.getByRole("dialog", { name: "Siirrä tapaaminen" });
  await move.getByText("Tätä ja sarjan myöhempiä tapaamisia", { exact: true }).click();
  await move.getByLabel("Alkaa").fill(`${second}T08:00`);
  await expectAccessible(page, "moving a repeating appointment");
  await move.getByRole("button", { name: "Tallenna uusi aika" }).click();
  await expect(move).toBeHidden();
  await expect(meeting(page, second)).toContainText("8.00");
  await page.getByRole("button", { name: "Seuraava", exact: true }).click();
  await expect(meeting(page, third)).toContainText("8.00");
  await page.getByRole("button", { name: "Tänään", exact: true }).click();
  await expect(meeting(page, first)).toContainText("7.00");
});
