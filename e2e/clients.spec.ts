import { expect, type Page, test } from "@playwright/test";
import { demo, demoPassword, expectAccessible, signIn } from "./fixtures.ts";

const coachEmail = demo.coach;
const clinicianEmail = "clinician@demo.polku.fi";
const run = Date.now().toString(36);
const firstName = "Saana";
const lastName = `Testinen${run.replace(/\d/g, "")}`;
const name = `${firstName} ${lastName}`;

/** A valid henkilötunnus with a random individual number, and the same with a wrong check character. */
function henkilotunnus(): { valid: string; invalid: string } {
  const chars = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  const individual = String(2 + Math.floor(Math.random() * 897)).padStart(3, "0");
  const check = chars[Number(`150385${individual}`) % 31] ?? "0";
  const wrong = chars[(chars.indexOf(check) + 1) % 31] ?? "1";
  return { valid: `150385-${individual}${check}`, invalid: `150385-${individual}${wrong}` };
}

async function goToClient(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test("a coach creates a client, records the agreement and a consent; the clinician sees the shared view until it is withdrawn", async ({
  browser,
}) => {
  const hetu = henkilotunnus();
  // Two browser contexts, one sign-in each: sign-in is rate-limited.
  const coachContext = await browser.newContext();
  const clinicianContext = await browser.newContext();
  const coach = await coachContext.newPage();
  const clinician = await clinicianContext.newPage();

  await signIn(coach, coachEmail, demoPassword);
  await expect(coach.getByRole("heading", { level: 2, name: "Oma asiakasmäärä" })).toBeVisible();
  // The demo coach already has a caseload; the new client must add exactly one active client to it.
  const activeCount = coach.getByText(/^\d+ \/ 20 aktiivista$/);
  await expect(activeCount).toBeVisible();
  const activeBefore = Number.parseInt((await activeCount.textContent()) ?? "", 10);
  await expectAccessible(coach, "home (coach, caseload)");

  // New client with an invalid henkilötunnus: the field error is shown and nothing is saved.
  await coach.getByRole("link", { name: "Uusi asiakas" }).first().click();
  await expect(coach.getByRole("heading", { level: 1, name: "Uusi asiakas" })).toBeVisible();
  await coach.getByLabel("Etunimi").fill(firstName);
  await coach.getByLabel("Sukunimi").fill(lastName);
  await coach.getByLabel("Henkilötunnus").fill(hetu.invalid);
  await coach.getByLabel("Kotikunta").fill("Tampere");
  await coach.getByLabel("Hoitotiimi").selectOption({ label: "Psykiatrian poliklinikka" });
  await expectAccessible(coach, "new client form");
  await coach.getByRole("button", { name: "Tallenna asiakas" }).click();
  const hetuInput = coach.getByLabel("Henkilötunnus");
  await expect(hetuInput).toHaveAttribute("aria-invalid", "true");
  await expect(coach.getByText(/Henkilötunnus ei kelpaa/)).toBeVisible();
  await expect(coach).toHaveURL(/\/clients\/new$/);
  await expectAccessible(coach, "new client form with errors");

  // Fixed: the record is created and opens.
  await hetuInput.fill(hetu.valid);
  await coach.getByRole("button", { name: "Tallenna asiakas" }).click();
  await expect(coach.getByRole("heading", { level: 1, name })).toBeVisible();
  const clientUrl = coach.url();
  expect(clientUrl).toMatch(/\/clients\/[0-9a-f-]{36}/);
  await expect(coach.getByText("Lähetetty").first()).toBeVisible();

  // Accept the referral and record the cooperation agreement.
  await coach.getByRole("button", { name: "Hyväksy lähete" }).click();
  const accept = coach.getByRole("dialog", { name: "Hyväksy lähete" });
  await accept.getByRole("button", { name: "Hyväksy" }).click();
  await expect(accept).toBeHidden();
  await coach.getByRole("button", { name: "Kirjaa yhteistyösopimus" }).click();
  const agreement = coach.getByRole("dialog", { name: "Kirjaa yhteistyösopimus" });
  await expectAccessible(coach, "agreement dialog");
  await agreement.getByRole("button", { name: "Kirjaa sopimus" }).click();
  await expect(agreement).toBeHidden();
  await expect(coach.getByText("Uraprofiili").first()).toBeVisible();
  await expect(coach.getByText("Yhteistyösopimus", { exact: true })).toBeVisible();
  await expectAccessible(coach, "client page (episodes)");

  // Consent to share with the treatment team.
  await coach.getByRole("tab", { name: "Suostumukset" }).click();
  await coach.getByRole("button", { name: "Kirjaa suostumus" }).click();
  const grant = coach.getByRole("dialog", { name: "Kirjaa suostumus" });
  await grant
    .getByLabel("Mihin suostumus koskee")
    .selectOption({ label: "Tietojen jakaminen hoitotiimille" });
  await grant.getByLabel("Hoitotiimi").selectOption({ label: "Psykiatrian poliklinikka" });
  await expectAccessible(coach, "consent dialog");
  await grant.getByRole("button", { name: "Kirjaa suostumus" }).click();
  await expect(grant).toBeHidden();
  const consentRow = coach.getByRole("row").filter({ hasText: "Psykiatrian poliklinikka" });
  await expect(consentRow).toContainText("Voimassa");
  await expectAccessible(coach, "client page (consents)");

  // The client is on the coach's caseload.
  await coach.getByRole("link", { name: "Etusivu" }).click();
  await expect(coach.getByText(`${activeBefore + 1} / 20 aktiivista`)).toBeVisible();
  await expect(coach.getByRole("link", { name }).first()).toBeVisible();

  // The clinician sees the shared, limited view.
  await signIn(clinician, clinicianEmail, demoPassword);
  await expectAccessible(clinician, "home (clinician)");
  await clinician.getByRole("link", { name: "Jaetut asiakkaat" }).first().click();
  await expect(clinician.getByRole("heading", { level: 1, name: "Jaetut asiakkaat" })).toBeVisible();
  await clinician.getByRole("link", { name }).click();
  await expect(clinician.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(clinician.getByText("Rajattu näkymä")).toBeVisible();
  await expect(clinician.getByText("Uraprofiili").first()).toBeVisible();
  await expect(clinician.getByRole("tab", { name: "Henkilötiedot" })).toHaveCount(0);
  await expect(clinician.getByText(hetu.valid)).toHaveCount(0);
  await expect(clinician.getByRole("button", { name: "Kirjaa yhteistyösopimus" })).toHaveCount(0);
  await expectAccessible(clinician, "client page (shared view)");

  // The coach withdraws the consent.
  await goToClient(coach, `${clientUrl.split("?")[0]}?tab=consents`);
  await coach.getByRole("button", { name: /^Peru suostumus/ }).click();
  const withdraw = coach.getByRole("dialog", { name: /^Peru suostumus/ });
  await expect(withdraw.getByText(/loppuu heti/)).toBeVisible();
  await expectAccessible(coach, "withdraw dialog");
  await withdraw.getByRole("button", { name: "Peru suostumus" }).click();
  await expect(withdraw).toBeHidden();
  await expect(consentRow).toContainText("Peruttu");

  // The clinician reloads: the client is simply not found.
  await clinician.reload();
  await expect(clinician.getByRole("heading", { level: 1, name: "Asiakasta ei löytynyt" })).toBeVisible();
  await expectAccessible(clinician, "client page (not found)");

  await coachContext.close();
  await clinicianContext.close();
});
