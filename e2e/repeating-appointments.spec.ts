import { expect, type Page, test } from "@playwright/test";
import { demo, expectAccessible, signIn } from "./fixtures.ts";

// A weekly meeting booked once: it shows in this week and the next, and a change of time for
// "this and the later meetings" moves the next week's one too (issue 10).
test.describe.configure({ mode: "serial" });

const purpose = `Ryhmävalmennus ${Date.now().toString(36)}`;
const today = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(new Date()).slice(0, 10);

async function openCalendar(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: "Kalenteri", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kalenteri" })).toBeVisible();
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

  const card = page.getByTestId("appointment").filter({ hasText: purpose });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("07:00–08:00");
  await expect(card).toContainText("Toistuva");
  await page.getByRole("button", { name: "Seuraava viikko" }).click();
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("07:00–08:00");

  // Next week's meeting and the one after move to 8.00: "this and the later meetings".
  await card.getByRole("button", { name: /^Toiminnot/ }).click();
  await page.getByRole("menuitem", { name: "Siirrä" }).click();
  const move = page.getByRole("dialog", { name: "Siirrä tapaaminen" });
  await move.getByText("Tätä ja sarjan myöhempiä tapaamisia", { exact: true }).click();
  const nextDate = (await move.getByLabel("Alkaa").inputValue()).slice(0, 10);
  await move.getByLabel("Alkaa").fill(`${nextDate}T08:00`);
  await expectAccessible(page, "moving a repeating appointment");
  await move.getByRole("button", { name: "Tallenna uusi aika" }).click();
  await expect(move).toBeHidden();
  await expect(card).toContainText("08:00–09:00");
  await page.getByRole("button", { name: "Seuraava viikko" }).click();
  await expect(card).toContainText("08:00–09:00");
  await page.getByRole("button", { name: "Tämä viikko" }).click();
  await expect(card).toContainText("07:00–08:00");
});
