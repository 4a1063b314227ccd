import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { hasPoppler, readPdf } from "../server/src/platform/testing/pdf-text.ts";
import { activeElementOf, demo, expectAccessible, signIn } from "./fixtures.ts";

const run = Date.now().toString(36).replace(/\d/g, "");
const name = `Svea Lindqvist${run}`;
const pdfFile = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1");

test("the coach writes and confirms the cooperation agreement, prints it in Swedish, and keeps a CV with the client", async ({
  page,
}) => {
  test.skip(!hasPoppler(), "poppler-utils (pdftotext, pdftoppm) not installed: .ci/run installs it");
  await signIn(page, demo.coach);

  // A client whose language is Swedish.
  await page.getByRole("link", { name: "Uusi asiakas" }).first().click();
  await page.getByLabel("Etunimi").fill("Svea");
  await page.getByLabel("Sukunimi").fill(`Lindqvist${run}`);
  await page.getByLabel("Asiointikieli").selectOption({ label: "ruotsi" });
  await page.getByLabel("Kotikunta").fill("Vaasa");
  await page.getByLabel("Hoitotiimi").selectOption({ label: "Psykiatrian poliklinikka" });
  await page.getByRole("button", { name: "Tallenna asiakas" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("tab", { name: "Asiakirjat" }).click();
  const agreement = page.getByRole("region", { name: "Yhteistyösopimus" });
  await expect(agreement.getByText("Yhteistyösopimusta ei ole vielä kirjoitettu.")).toBeVisible();
  await expectAccessible(page, "documents tab (nothing written)");

  // Write the agreement: the split of responsibilities and the client's goal.
  await agreement.getByRole("button", { name: "Kirjoita sopimus" }).click();
  await agreement.getByLabel("Hoitotiimin yhteyshenkilö").fill("Sjukskötare Stina");
  await agreement.getByLabel("Työnhaku ja yhteydet työnantajiin").selectOption({ label: "Työvalmennus" });
  await agreement.getByLabel("Hoito ja lääkitys").selectOption({ label: "Hoito" });
  await agreement.getByLabel("Asiakkaan tavoite").fill("Deltidsarbete i ett lager");
  await expectAccessible(page, "cooperation agreement form");
  await agreement.getByRole("button", { name: "Tallenna uutena versiona" }).click();
  await expect(agreement.getByText("Tallennettu versiona 1.")).toBeVisible();
  // The save button left with the form: focus is on the agreement's heading, not the page's body.
  const agreementHeading = agreement.getByRole("heading", { level: 2, name: "Yhteistyösopimus" });
  await expect(agreementHeading).toBeFocused();
  await expect(agreement.getByText("Ei vielä vahvistettu.")).toBeVisible();

  // Confirm: signed on paper today.
  await agreement.getByRole("button", { name: "Vahvista" }).click();
  const confirm = page.getByRole("dialog", { name: "Vahvista yhteistyösopimus" });
  await confirm.getByLabel("Allekirjoitettu paperilla").check();
  await expectAccessible(page, "confirm agreement dialog");
  await confirm.getByRole("button", { name: "Kirjaa vahvistus" }).click();
  await expect(confirm).toBeHidden();
  await expect(agreement.getByText("Vahvistus kirjattu.")).toBeVisible();
  // The confirm button is gone once confirmed: focus is back on the agreement.
  await expect(agreementHeading).toBeFocused();
  await expect(agreement.getByText(/^Allekirjoitettu paperilla /)).toBeVisible();
  await expectAccessible(page, "confirmed agreement");

  // The PDF, in the client's language (Swedish), read back as text.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Yhteistyösopimus (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^cooperation-agreement-[0-9a-f-]{36}\.pdf$/);
  const { text, firstPageRendered } = readPdf(readFileSync(await download.path()));
  expect(firstPageRendered).toBe(true);
  const flat = text.replace(/\s+/g, " ");
  for (const expected of [
    "Samarbetsavtal",
    "Parter",
    name,
    "Sjukskötare Stina",
    "Ansvarsfördelning mellan arbetscoachning och vård",
    "Arbetssökande och kontakter med arbetsgivare Arbetscoachning",
    "Vård och medicinering Vård",
    "Deltidsarbete i ett lager",
    "Givna samtycken",
    "Undertecknat på papper",
    "Underskrifter",
  ])
    expect(flat).toContain(expected);
  expect(flat).not.toContain("Yhteistyösopimus");

  // An attachment: a PDF is kept and comes back byte for byte.
  const attachments = page.getByRole("region", { name: "Liitteet" });
  await attachments.getByLabel("Liitteen laji").selectOption({ label: "Ansioluettelo" });
  await attachments.locator('input[type="file"]').setInputFiles({
    name: "cv.pdf",
    mimeType: "application/pdf",
    buffer: pdfFile,
  });
  await attachments.getByRole("button", { name: "Lisää liite" }).click();
  await expect(attachments.getByText("Liite lisätty.")).toBeVisible();
  await expect(attachments.getByRole("cell", { name: "cv.pdf", exact: true })).toBeVisible();
  // The busy upload button let focus go: the new file's link has it.
  await expect(attachments.getByRole("link", { name: "Lataa cv.pdf" })).toBeFocused();
  await expectAccessible(page, "attachments list");
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    attachments.getByRole("link", { name: "Lataa cv.pdf" }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^cv-[0-9a-f-]{36}\.pdf$/);
  expect(readFileSync(await file.path()).equals(pdfFile)).toBe(true);

  // An HTML file is refused with the message, and nothing is added.
  await attachments.locator('input[type="file"]').setInputFiles({
    name: "sivu.html",
    mimeType: "text/html",
    buffer: Buffer.from("<!doctype html><script>alert(1)</script>"),
  });
  await attachments.getByRole("button", { name: "Lisää liite" }).click();
  await expect(attachments.getByText(/Tätä tiedostotyyppiä ei voi liittää/)).toBeVisible();
  await expect(attachments.getByRole("row")).toHaveCount(2);
  await expectAccessible(page, "attachment refused");

  // Removed after a confirmation.
  await attachments.getByRole("button", { name: "Poista cv.pdf" }).click();
  const remove = page.getByRole("dialog", { name: "Poista liite" });
  await remove.getByRole("button", { name: "Poista" }).click();
  await expect(remove).toBeHidden();
  await expect(attachments.getByText("Ei liitteitä.")).toBeVisible();
  await expect(attachments.getByRole("heading", { level: 2, name: "Liitteet" })).toBeFocused();
  expect((await activeElementOf(page)).tag).not.toBe("BODY");
});
