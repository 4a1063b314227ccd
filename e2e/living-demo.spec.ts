import { expect, test } from "@playwright/test";
import { demo, expectAccessible, signIn } from "./fixtures.ts";

// The living demo (issue 9): a newcomer who signs in as a demo account meets Polku at work —
// seeded on the server's first start, not made by this file.

test("the demo coach meets a caseload in several phases and the week's appointments", async ({ page }) => {
  await signIn(page, demo.coach);
  const caseload = page.getByRole("region", { name: "Oma asiakasmäärä" });
  for (const phase of [
    "Lähetetty",
    "Tutustuminen",
    "Uraprofiili",
    "Työnhaku",
    "Työssä",
    "Opiskelee",
    "Tauolla",
  ])
    await expect(caseload.getByRole("table").getByText(phase, { exact: true }).first()).toBeVisible();
  await expectAccessible(page, "home (demo coach)");

  await page.getByRole("link", { name: "Kalenteri", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kalenteri" })).toBeVisible();
  const appointments = page.locator(".polku-appointment");
  await expect(appointments.nth(2)).toBeVisible();
  await expectAccessible(page, "calendar (the demo coach's week)");
});

test("the demo evaluator opens the demo network's page and meets a withheld cell", async ({ page }) => {
  await signIn(page, "evaluator@demo.polku.fi");
  await page.getByRole("link", { name: "Tulokset", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tulokset" })).toBeVisible();
  // Before any other journey adds one, the demo's own network is the evaluator's only network.
  await page.getByRole("region", { name: "Raportointiverkostot" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Verkoston tulokset: / })).toBeVisible();
  const parts = page.getByRole("table", { name: /^Organisaatiot, / });
  await expect(parts.getByRole("row").nth(3)).toBeVisible();
  await expect(parts.getByText("salattu").first()).toBeVisible();
  await expectAccessible(page, "network outcomes (the demo network)");
});
