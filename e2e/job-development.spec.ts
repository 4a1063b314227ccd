import { expect, type Page, test } from "@playwright/test";
import { demo, expectAccessible, signIn } from "./fixtures.ts";

const run = Date.now().toString(36).replace(/\d/g, "");
const firstName = "Tuuli";
const lastName = `Työnhakija${run}`;
const clientName = `${firstName} ${lastName}`;
const employerName = `Kahvila Kulma ${run}`;

/** A valid henkilötunnus with a random individual number. */
function henkilotunnus(): string {
  const chars = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  const individual = String(2 + Math.floor(Math.random() * 897)).padStart(3, "0");
  return `120490-${individual}${chars[Number(`120490${individual}`) % 31] ?? "0"}`;
}

/** A valid Y-tunnus (business ID) with a random number. */
function businessId(): string {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  for (;;) {
    const digits = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const sum = [...digits].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
    const rest = sum % 11;
    if (rest === 1) continue;
    return `${digits}-${rest === 0 ? 0 : 11 - rest}`;
  }
}

async function pickJobSeeker(page: Page, scope: Page | ReturnType<Page["locator"]>, name: string) {
  await scope.getByRole("combobox", { name: "Työnhakijat" }).fill(lastName);
  await page.getByRole("option", { name }).click();
}

test("a coach logs a face-to-face employer contact for a job seeker, creates a lead and records the interview and the hire", async ({
  page,
}) => {
  // Sign in once: sign-in is rate-limited.
  await signIn(page, demo.coach);

  // A new job seeker.
  await page.goto("/clients/new");
  await expect(page.getByRole("heading", { level: 1, name: "Uusi asiakas" })).toBeVisible();
  await page.getByLabel("Etunimi").fill(firstName);
  await page.getByLabel("Sukunimi").fill(lastName);
  await page.getByLabel("Henkilötunnus").fill(henkilotunnus());
  await page.getByLabel("Kotikunta").fill("Tampere");
  await page.getByRole("button", { name: "Tallenna asiakas" }).click();
  await expect(page.getByRole("heading", { level: 1, name: clientName })).toBeVisible();
  const clientId = /\/clients\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
  expect(clientId).not.toBe("");

  // The job development home: the weekly picture.
  await page.getByRole("link", { name: "Työnantajayhteistyö" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Työnantajayhteistyö" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Oma viikko" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Pylväskaavio/ })).toBeVisible();
  await expectAccessible(page, "job development (weekly picture)");

  // A new employer in the register; a wrong Y-tunnus is refused beside the field first.
  await page.getByRole("link", { name: "Työnantajat" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Työnantajat" })).toBeVisible();
  await expectAccessible(page, "employer register");
  await page.getByRole("link", { name: "Uusi työnantaja" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uusi työnantaja" })).toBeVisible();
  await page.getByLabel("Nimi").fill(employerName);
  await page.getByLabel("Y-tunnus").fill("1234567-2");
  await page.getByLabel("Toimiala (TOL 2008)").selectOption({ value: "I" });
  await page.getByLabel("Kunta").fill("Tampere");
  await expectAccessible(page, "new employer form");
  await page.getByRole("button", { name: "Lisää rekisteriin" }).click();
  await expect(page.getByLabel("Y-tunnus")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "new employer form with errors");
  await page.getByLabel("Y-tunnus").fill(businessId());
  await page.getByRole("button", { name: "Lisää rekisteriin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: employerName })).toBeVisible();
  await expectAccessible(page, "employer page");

  // Log a face-to-face contact for the job seeker from the employer page.
  await page.getByRole("link", { name: "Kirjaa työnantajakontakti" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kirjaa työnantajakontakti" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Työnantaja" })).toHaveValue(new RegExp(employerName));
  await expect(page.getByRole("radio", { name: "Kasvokkain", exact: true })).toBeChecked();
  await pickJobSeeker(page, page, clientName);
  // No disclosure decision for this employer: the warning names the job seeker's initials.
  const warning = page.getByRole("alert").filter({ hasText: "ei ole päätöstä tästä työnantajasta" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(`${firstName[0]}${lastName[0]}`);
  const purposes = page.getByRole("group", { name: "Tarkoitus" });
  await purposes.getByText("Työnantajan tarpeisiin tutustuminen", { exact: true }).click();
  await purposes.getByText("Työnhakijan esittely", { exact: true }).click();
  await expect(purposes.getByRole("checkbox", { name: "Työnhakijan esittely" })).toBeChecked();
  await page.getByRole("group", { name: "Tulos" }).getByText("Haastattelu sovittu", { exact: true }).click();
  await expect(page.getByRole("radio", { name: "Haastattelu sovittu" })).toBeChecked();
  await page.getByRole("radio", { name: /^4 / }).check();
  await page.getByLabel("Seuraava askel").fill("Haastattelu ensi viikolla");
  await expectAccessible(page, "employer contact form with a disclosure warning");
  await page.getByRole("button", { name: "Tallenna kontakti" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Työnantajakontakti tallennettu" })).toBeVisible();
  await expectAccessible(page, "employer contact saved");

  // A lead from the contact.
  await page.getByRole("link", { name: "Tee tästä työpaikkavinkki" }).click();
  const newLead = page.getByRole("dialog", { name: "Uusi työpaikkavinkki" });
  await expect(newLead).toBeVisible();
  await expect(newLead.getByRole("combobox", { name: "Työnantaja" })).toHaveValue(new RegExp(employerName));
  await newLead.getByLabel("Tehtävänimike").fill("Kahvilatyöntekijä");
  await newLead.getByLabel("Tunteja viikossa").fill("20");
  await expectAccessible(page, "new job lead");
  await newLead.getByRole("button", { name: "Luo työpaikkavinkki" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kahvilatyöntekijä" })).toBeVisible();
  await expectAccessible(page, "job lead");

  // The job seeker as a candidate, then the interview and the hire.
  await page
    .getByRole("region", { name: "Lisää työnhakija" })
    .getByRole("combobox", { name: "Työnhakijat" })
    .fill(lastName);
  await page.getByRole("option", { name: clientName }).click();
  await page.getByRole("button", { name: "Lisää vinkkiin" }).click();
  const row = page.getByRole("row").filter({ hasText: clientName });
  await expect(row).toContainText("Esitelty");
  await row.getByRole("button", { name: `Haastattelu: ${clientName}` }).click();
  await expect(row).toContainText("Haastattelu");
  await row.getByRole("button", { name: `Palkattu: ${clientName}` }).click();
  const hire = page.getByRole("dialog", { name: `Kirjaa palkkaus: ${clientName}` });
  await expect(hire).toBeVisible();
  await hire.getByLabel("Tuntipalkka (€)").fill("13,50");
  await expectAccessible(page, "hire dialog");
  await hire.getByRole("button", { name: "Kirjaa palkkaus" }).click();
  await expect(hire).toBeHidden();
  await expect(page.getByText("Palkkaus kirjattu")).toBeVisible();
  await expectAccessible(page, "job lead after the hire");

  // The job is on the client's record.
  const jobs = await page.request.get(`/api/clients/${clientId}/jobs`);
  expect(jobs.ok()).toBe(true);
  const list = (await jobs.json()) as { title: string; employerName: string }[];
  expect(list).toEqual(
    expect.arrayContaining([expect.objectContaining({ title: "Kahvilatyöntekijä", employerName })]),
  );
  await page
    .getByRole("link", { name: `Avaa asiakkaan ${clientName} työhistoria` })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: clientName })).toBeVisible();
  await expect(page.getByRole("article", { name: `Kahvilatyöntekijä, ${employerName}` })).toBeVisible();
  await expectAccessible(page, "client page (work)");

  // The employer's history counts the contact and shows the job, never the job seeker's name.
  await page.getByRole("link", { name: "Työnantajat" }).first().click();
  await page.getByRole("link", { name: employerName }).click();
  const history = page.getByRole("region", { name: "Historia" });
  await expect(history).toContainText("Työnhakijoita: 1");
  await expect(history).toContainText("Kahvilatyöntekijä");
  await expect(page.getByText(clientName)).toHaveCount(0);
  await expectAccessible(page, "employer page with history");

  // The weekly picture counts the face-to-face contact against the target of 6.
  await page.getByRole("link", { name: "Työnantajayhteistyö" }).click();
  const week = page.getByRole("region", { name: "Oma viikko" });
  await expect(week.getByText("1 / 6")).toBeVisible();
  await week.getByRole("button", { name: "Näytä taulukkona" }).click();
  await expect(week.getByRole("table", { name: /^Viikkoluvut/ })).toBeVisible();
  await expectAccessible(page, "weekly picture with the table");
});
