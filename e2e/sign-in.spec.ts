import { expect, test } from "@playwright/test";
import { demo, demoPassword, expectAccessible, signIn, signInWithPassword, signOut } from "./fixtures.ts";

test("signing in works with the keyboard alone, with a visible focus", async ({ page }) => {
  await page.goto("/sign-in");
  const email = page.getByLabel("Sähköposti");
  for (let i = 0; i < 10 && !(await email.evaluate((el) => el === el.ownerDocument.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(email).toBeFocused();
  const outline = await email.evaluate(
    (el) => el.ownerDocument.defaultView?.getComputedStyle(el).outlineStyle,
  );
  expect(outline).not.toBe("none");
  await page.keyboard.type(demo.admin);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Salasana", exact: true })).toBeFocused();
  await page.keyboard.type(demoPassword);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /^Tervetuloa/ })).toBeVisible();
});

test("the sign-in page asks nothing bound to fail: no 401 in the console before signing in", async ({
  page,
}) => {
  const errors: string[] = [];
  const asked: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() === 401) asked.push(new URL(response.url()).pathname);
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Kirjaudu sisään" })).toBeVisible();
  await expect(page.getByRole("note")).toBeVisible();
  expect(asked).toEqual([]);
  expect(errors).toEqual([]);
  // Signing in, out and in again still works; signed out, the sign-in page is quiet again.
  await signIn(page, demo.admin);
  await signOut(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Kirjaudu sisään" })).toBeVisible();
  await signIn(page, demo.admin);
  expect(asked).toEqual([]);
  expect(errors).toEqual([]);
});

test("the sign-in page downloads only its language's messages; switching fetches the chosen one", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  // core/i18n/<locale>.ts is built as its own chunk, assets/<locale>-<hash>.js (docs/performance.md).
  const fetched = (locale: string) =>
    scripts.some((path) => new RegExp(`^/assets/${locale}-[\\w-]+\\.js$`).test(path));
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Kirjaudu sisään" })).toBeVisible();
  expect([fetched("fi"), fetched("sv"), fetched("en")]).toEqual([true, false, false]);

  await page.getByRole("combobox", { name: "Kieli" }).selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect([fetched("en"), fetched("sv")]).toEqual([true, false]);
});

test("the user menu opens, moves and closes with the keyboard, and signs out", async ({ page }) => {
  await signIn(page, demo.admin);
  const button = page.getByRole("button", { name: /^Käyttäjävalikko/ });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("menuitem", { name: "Omat tiedot" })).toBeFocused();
  await expectAccessible(page, "user menu open");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Kirjaudu ulos" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Omat tiedot" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(button).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Kirjaudu sisään" })).toBeVisible();
});

test("a wrong password shows a plain-language error", async ({ page }) => {
  await signInWithPassword(page, demo.admin, "väärä-salasana-123");
  await expect(page.getByRole("alert")).toContainText("Sähköposti tai salasana on väärä");
  await expectAccessible(page, "sign-in with error");
});

test("a too short first password is reported beside the field; settings and the audit log open", async ({
  page,
}) => {
  await signIn(page, demo.admin);
  await page.getByRole("link", { name: "Käyttäjät" }).click();
  await page.getByRole("button", { name: "Lisää käyttäjä" }).click();
  const dialog = page.getByRole("dialog", { name: "Uusi käyttäjä" });
  await dialog.getByLabel("Nimi").fill("Lyhyt Salasana");
  await dialog.getByLabel("Sähköposti").fill(`short.${Date.now()}@e2e.polku.fi`);
  const password = dialog.getByLabel("Ensimmäinen salasana");
  await password.fill("lyhyt");
  await dialog.getByRole("button", { name: "Lisää käyttäjä" }).click();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await password.getAttribute("aria-describedby")) ?? "";
  const messages = await Promise.all(
    describedBy
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  expect(messages.join(" ")).toMatch(/12/);
  await expect(dialog).toBeVisible();
  await expectAccessible(page, "new user dialog with errors");
  await dialog.getByRole("button", { name: "Peruuta" }).click();

  // Organisation settings show the organisation (one admin sign-in for all of this: sign-ins are rate limited per IP).
  await page.getByRole("link", { name: "Organisaation asetukset" }).click();
  await expect(page.getByLabel("Nimi")).toHaveValue("Demo-hyvinvointialue");
  await expect(page.getByLabel("Tyyppi")).toHaveValue("wellbeing_services_county");
  await expectAccessible(page, "organisation settings");

  // And searches the audit log.
  await page.getByRole("link", { name: "Lokitiedot" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lokitiedot" })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  // Events are searched by the words of their name, and shown in words (not as codes).
  await page.getByLabel("Tapahtuma", { exact: true }).fill("kirjautuminen onnistui");
  await page.getByRole("button", { name: "Hae" }).click();
  await expect(page.getByRole("cell", { name: "Kirjautuminen onnistui" }).first()).toBeVisible();
  await expectAccessible(page, "audit log");
});

test("the platform admin creates an organisation with its first admin", async ({ page }) => {
  const name = `E2E-organisaatio ${Date.now().toString(36)}`;
  await signIn(page, demo.platform);
  await page.getByRole("link", { name: "Kaikki organisaatiot" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Kaikki organisaatiot" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Demo-hyvinvointialue" })).toBeVisible();
  await expectAccessible(page, "platform organisations");
  const form = page.getByRole("region", { name: "Uusi organisaatio" });
  await form.getByLabel("Nimi").first().fill(name);
  await form.getByLabel("Tyyppi").selectOption({ label: "Työeläkevakuuttaja" });
  const admin = form.getByRole("group", { name: "Ensimmäinen pääkäyttäjä" });
  await admin.getByLabel("Nimi").fill("Eero Eläke");
  await admin.getByLabel("Sähköposti").fill(`eero.${Date.now()}@e2e.polku.fi`);
  await admin.getByLabel("Ensimmäinen salasana").fill("Eero-e2e-salasana-1");
  await form.getByRole("button", { name: "Luo organisaatio" }).click();
  await expect(page.getByRole("cell", { name })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Työeläkevakuuttaja");
});
