import { expect, test } from "@playwright/test";
import { demo, expectAccessible, freshTotp, signIn, signInWithPassword, signOut } from "./fixtures.ts";

const run = Date.now().toString(36);
const teamName = `E2E-tiimi ${run}`;
const coach = {
  name: `Aino Testi ${run}`,
  email: `aino.${run}@e2e.polku.fi`,
  password: "Aino-e2e-salasana-1",
};

test("admin sets up a team and a coach; the coach enrols two-factor, signs in with a code and switches to Swedish", async ({
  page,
}) => {
  // The admin signs in.
  await page.goto("/sign-in");
  await expect(page.getByText("Esittelytiedot käytössä")).toBeVisible();
  await expect(page.getByText(demo.admin)).toBeVisible();
  await expectAccessible(page, "sign-in");
  await signIn(page, demo.admin);
  await expect(page.getByTestId("organisation-name")).toHaveText("Demo-hyvinvointialue");
  await expectAccessible(page, "home (admin)");

  // Creates a team.
  await page.getByRole("link", { name: "Tiimit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tiimit" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "IPS-tiimi", exact: true }).first()).toBeVisible();
  await page.getByLabel("Nimi").fill(teamName);
  await page.getByLabel("Tyyppi").selectOption({ label: "IPS-tiimi" });
  await page.getByRole("button", { name: "Luo tiimi" }).click();
  await expect(page.getByRole("cell", { name: teamName, exact: true })).toBeVisible();
  await expectAccessible(page, "teams");

  // Creates a coach in that team.
  await page.getByRole("link", { name: "Käyttäjät" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Käyttäjät" })).toBeVisible();
  await expectAccessible(page, "users");
  await page.getByRole("button", { name: "Lisää käyttäjä" }).click();
  const dialog = page.getByRole("dialog", { name: "Uusi käyttäjä" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Nimi").fill(coach.name);
  await dialog.getByLabel("Sähköposti").fill(coach.email);
  await dialog.getByLabel("Ensimmäinen salasana").fill(coach.password);
  await dialog.getByLabel("Rooli").selectOption({ label: "IPS-työhönvalmentaja" });
  await dialog.getByLabel("Tiimi").selectOption({ label: `${teamName} (IPS-tiimi)` });
  await dialog.getByLabel("Työaika (htv)").fill("0,8");
  await expectAccessible(page, "new user dialog");
  await dialog.getByRole("button", { name: "Lisää käyttäjä" }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole("row").filter({ hasText: coach.email });
  await expect(row).toContainText(teamName);
  await expect(row).toContainText("Aktiivinen");
  await signOut(page);

  // The coach signs in and enrols two-factor.
  await signIn(page, coach.email, coach.password);
  await expect(page.getByRole("cell", { name: teamName, exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Omat tiedot" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Omat tiedot" })).toBeVisible();
  await expectAccessible(page, "profile");
  await page.getByLabel("Salasana jatkamista varten").fill(coach.password);
  await page.getByRole("button", { name: "Ota käyttöön" }).click();
  await expect(page.getByRole("img", { name: "QR-koodi todennussovellukseen" })).toBeVisible();
  const secret = await page.getByLabel("Avain").inputValue();
  expect(secret.replace(/\s/g, "")).toMatch(/^[A-Z2-7]{16,}$/);
  await expectAccessible(page, "two-factor enrolment");
  const enrolCode = await freshTotp(secret, null);
  await page.getByLabel("Vahvistuskoodi").fill(enrolCode);
  await page.getByRole("button", { name: "Vahvista ja ota käyttöön" }).click();
  await expect(page.getByText("Varakoodit", { exact: true })).toBeVisible();
  const done = page.getByRole("button", { name: "Valmis" });
  await expect(done).toBeDisabled();
  await page.getByLabel("Olen tallentanut varakoodit").check();
  await done.click();
  await expect(page.getByText("Kaksivaiheinen tunnistautuminen on käytössä.")).toBeVisible();
  await signOut(page);

  // Signs back in with email, password and a code.
  await signInWithPassword(page, coach.email, coach.password);
  await expect(page.getByRole("heading", { name: "Kaksivaiheinen tunnistautuminen" })).toBeVisible();
  await expectAccessible(page, "sign-in code step");
  await page.getByLabel("Vahvistuskoodi").fill(await freshTotp(secret, enrolCode));
  await page.getByRole("button", { name: "Vahvista" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tervetuloa, ${coach.name}` })).toBeVisible();

  // Switches to Swedish; the choice survives a reload (saved to the profile and this device).
  await page.getByRole("combobox", { name: "Kieli" }).first().selectOption("sv");
  await expect(page.getByRole("heading", { level: 1, name: `Välkommen, ${coach.name}` })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expectAccessible(page, "home (Swedish)");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: `Välkommen, ${coach.name}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mina uppgifter" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
});
