import { expect, test } from "@playwright/test";
import { demo, expectAccessible, signIn } from "./fixtures.ts";

// Issue 10's audit defects, as people meet them: the coach opens "who has seen this record" on a
// client; the organisation admin (who reads the audit log today) finds that read by the coach's
// name and words of the event, in Finnish; the evaluator typing /clients gets the not-found page.

test("the coach sees who has seen a client's record; the admin finds it in the audit log in words", async ({
  browser,
}) => {
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await signIn(coach, demo.coach);
  await coach.goto("/clients");
  await expect(coach.getByRole("heading", { level: 1, name: "Asiakkaat" })).toBeVisible();
  await coach.getByRole("table").getByRole("link").first().click();
  await expect(coach.getByRole("tab", { name: "Kuka on nähnyt tiedot" })).toBeVisible();
  await coach.getByRole("tab", { name: "Kuka on nähnyt tiedot" }).click();
  await expect(coach.getByRole("heading", { level: 2, name: "Kuka on nähnyt tiedot" })).toBeVisible();
  const use = coach.getByRole("table");
  // The coach's own opening of the record, with the role and organisation it was done in.
  const ownRead = use.getByRole("row").filter({ hasText: "Asiakkaan tiedot avattu" }).first();
  await expect(ownRead).toContainText("Ville Valmentaja");
  await expect(ownRead).toContainText("IPS-työhönvalmentaja, Demo-hyvinvointialue");
  await expect(use).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await expectAccessible(coach, "client page, who has seen this record");
  await coachContext.close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo.admin);
  await admin.getByRole("link", { name: "Lokitiedot" }).first().click();
  await expect(admin.getByRole("heading", { level: 1, name: "Lokitiedot" })).toBeVisible();
  await admin.getByLabel("Henkilö").fill("Ville");
  await admin.getByLabel("Tapahtuma").fill("asiakkaan tiedot avattu");
  await admin.getByRole("button", { name: "Hae", exact: true }).click();
  const rows = admin.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Asiakkaan tiedot avattu");
  await expect(rows.nth(1)).toContainText("Ville Valmentaja");
  // The admin sees no client records, so the client is named by kind only, and no id shows.
  await expect(rows.nth(1)).toContainText("Asiakas");
  await expect(admin.getByRole("table")).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-|client\.viewed|\{"/);
  await expectAccessible(admin, "audit log, searched by name and event");

  // Dates the wrong way round: the field says what to fix, in Finnish.
  await admin.getByLabel("Alkaen").fill("2026-05-02");
  await admin.getByLabel("Päättyen").fill("2026-05-01");
  await admin.getByRole("button", { name: "Hae", exact: true }).click();
  await expect(
    admin.getByText("Päättymispäivä ei voi olla ennen alkamispäivää. Tarkista päivämäärät."),
  ).toBeVisible();
  await expectAccessible(admin, "audit log with a field error");
  await adminContext.close();
});

test("the evaluator typing /clients gets the not-found page, as the API answers", async ({ page }) => {
  await signIn(page, "evaluator@demo.polku.fi");
  for (const path of ["/clients", "/clients/new", "/team-caseloads"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Sivua ei löytynyt" })).toBeVisible();
    await expect(page.getByText("Jaetut asiakkaat")).toHaveCount(0);
  }
  await expectAccessible(page, "not-found page for an evaluator");
});
