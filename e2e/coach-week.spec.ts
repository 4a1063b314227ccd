import { type APIRequestContext, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { demo, expectAccessible, signIn } from "./fixtures.ts";

// A coach's week (product brief): one sign-in for the whole file, since sign-in is rate-limited.
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const firstName = "Veera";
const lastName = `Viikkonen${run.replace(/\d/g, "")}`;
const clientName = `${firstName} ${lastName}`;
const employer = `Kahvila Aroma ${run}`;

let context: BrowserContext;
let page: Page;
let clientUrl = "";

/** Calls the JSON API as the signed-in coach, echoing the CSRF cookie like the web app does. */
async function callApi<T>(
  request: APIRequestContext,
  method: string,
  path: string,
  data?: unknown,
): Promise<T> {
  const cookies = await context.cookies();
  const csrf = cookies.find((c) => c.name === "polku_csrf")?.value ?? "";
  const response = await request.fetch(path, {
    method,
    headers: { "x-csrf-token": decodeURIComponent(csrf), Accept: "application/json" },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

const today = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(new Date()).slice(0, 10);
const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Opens a tab of the client page and waits until its content (not a loader) is shown. */
async function openTab(name: string, ready: string) {
  await page.goto(clientUrl);
  await expect(page.getByRole("heading", { level: 1, name: clientName })).toBeVisible();
  await page.getByRole("tab", { name }).click();
  await expect(page.getByRole("heading", { level: 2, name: ready })).toBeVisible();
  await expect(page.locator(".mantine-Loader-root")).toHaveCount(0);
}

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signIn(page, demo.coach);
  await page.request.get("/api/health");

  // The client of the week, with an accepted referral and a cooperation agreement.
  type Me = { user: { id: string }; memberships: { organisationId: string; teamId: string | null }[] };
  const me = await callApi<Me>(page.request, "GET", "/api/me");
  const membership = me.memberships.find((m) => m.teamId);
  if (!membership?.teamId) throw new Error("the demo coach has no team");
  const teams = await callApi<{ id: string; name: string }[]>(
    page.request,
    "GET",
    `/api/organisations/${membership.organisationId}/teams`,
  );
  const treatmentTeam = teams.find((t) => t.name === "Psykiatrian poliklinikka");
  const created = await callApi<{ clientId: string; episodeId: string }>(
    page.request,
    "POST",
    "/api/clients",
    {
      client: { firstName, lastName, birthYear: 1990, municipality: "Tampere" },
      referral: {
        referralDate: today(),
        source: "treatment_team",
        situationAtStart: "unemployed",
        ipsTeamId: membership.teamId,
        coachUserId: me.user.id,
        treatmentTeamId: treatmentTeam?.id ?? null,
      },
      confirmNotDuplicate: true,
    },
  );
  const episode = `/api/clients/${created.clientId}/episodes/${created.episodeId}`;
  await callApi(page.request, "POST", `${episode}/decision`, { decision: "accepted", decisionDate: today() });
  await callApi(page.request, "POST", `${episode}/agreement`, { agreementDate: today() });
  clientUrl = `/clients/${created.clientId}`;
});

test.afterAll(async () => {
  await context.close();
});

test("Monday: the workplace visit is recorded as follow-along support", async () => {
  await openTab("Yhteydenotot", "Yhteydenotot");
  await expectAccessible(page, "client contacts tab");
  await page.getByRole("button", { name: "Kirjaa yhteydenotto" }).click();
  const dialog = page.getByRole("dialog", { name: "Kirjaa yhteydenotto" });
  await dialog.getByRole("group", { name: "Tyyppi" }).getByText("Työpaikkakäynti", { exact: true }).click();
  // Mode, place and who took part wait behind "Lisätiedot" (issue 10).
  await dialog.getByRole("button", { name: /^Lisätiedot/ }).click();
  await dialog.getByLabel("Missä").selectOption({ label: "Työpaikka" });
  const purposes = dialog.getByRole("group", { name: "Tarkoitus (vähintään yksi)" });
  await purposes.getByText("Työssä tukeminen: asiakas", { exact: true }).click();
  await purposes.getByText("Työssä tukeminen: työnantaja", { exact: true }).click();
  await dialog
    .getByLabel("Muistiinpanot")
    .fill("Työpaikkakäynti: esihenkilön ja asiakkaan tuen tarve arvioitu erikseen.");
  await expectAccessible(page, "activity form");
  await dialog.getByRole("button", { name: "Tallenna yhteydenotto" }).click();
  await expect(dialog).toBeHidden();

  const item = page.getByRole("article").filter({ hasText: "Työpaikkakäynti" });
  await expect(item).toContainText("Työssä tukeminen: asiakas");
  await expect(item).toContainText("Työssä tukeminen: työnantaja");
  await expect(item).toContainText("Työpaikka");
  await expectAccessible(page, "client contacts with an activity");
});

test("Tuesday: yesterday's job interview is booked in the week grid, then held and documented in one step", async () => {
  // Held only from its start time (the server refuses earlier), so the interview was yesterday.
  const yesterday = dayBefore(today());
  await page.goto("/");
  await page.getByRole("link", { name: "Kalenteri", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kalenteri" })).toBeVisible();
  await expectAccessible(page, "calendar week");
  await page.goto(`/calendar?week=${yesterday}`);
  await expect(page.getByRole("heading", { level: 1, name: "Kalenteri" })).toBeVisible();

  await page.getByRole("button", { name: "Uusi tapaaminen" }).click();
  const dialog = page.getByRole("dialog", { name: "Uusi tapaaminen" });
  await dialog.getByLabel("Asiakas", { exact: true }).fill(lastName.slice(0, 6));
  await page.getByRole("option", { name: clientName }).click();
  await dialog.getByLabel("Alkaa").fill(`${yesterday}T14:00`);
  await expect(dialog.getByLabel("Päättyy")).toHaveValue(`${yesterday}T15:00`);
  await dialog.getByLabel("Tarkoitus").fill(`Työhaastattelu, ${employer}`);
  await dialog.getByLabel("Paikan tyyppi").selectOption({ label: "Työpaikka" });
  await dialog.getByLabel("Osoite tai tapaamispaikka").fill("Hämeenkatu 1");
  await expectAccessible(page, "new appointment dialog");
  await dialog.getByRole("button", { name: "Varaa" }).click();
  await expect(dialog).toBeHidden();

  const card = page
    .locator(`td.fc-timegrid-col[data-date="${yesterday}"]`)
    .locator(".polku-appointment", { hasText: `Työhaastattelu, ${employer}` });
  await expect(card).toContainText("14.00");
  await expect(card).toContainText(clientName);
  await expectAccessible(page, "calendar week with an appointment");

  // The employer asks for an hour later: the appointment is moved, keeping its length.
  await card.click();
  await page
    .getByRole("dialog", { name: /^Tapaaminen / })
    .getByRole("button", { name: "Siirrä" })
    .click();
  const move = page.getByRole("dialog", { name: "Siirrä tapaaminen" });
  await move.getByLabel("Alkaa").fill(`${yesterday}T15:00`);
  await expect(move.getByLabel("Päättyy")).toHaveValue(`${yesterday}T16:00`);
  await move.getByRole("button", { name: "Tallenna uusi aika" }).click();
  await expect(move).toBeHidden();
  await expect(card).toContainText("15.00");

  // After the interview: mark it held and document it, every field prefilled from the appointment.
  await card.click();
  await page
    .getByRole("dialog", { name: /^Tapaaminen / })
    .getByRole("button", { name: "Merkitse pidetyksi ja kirjaa" })
    .click();
  const held = page.getByRole("dialog", { name: "Pidetty: kirjaa yhteydenotto" });
  await expect(held.getByLabel("Kesto (min)")).toHaveValue("60");
  await held.getByRole("button", { name: /^Lisätiedot/ }).click();
  await expect(held.getByLabel("Missä")).toHaveValue("workplace");
  const heldType = held.getByRole("group", { name: "Tyyppi" });
  await expect(heldType.getByRole("radio", { name: "Työpaikkakäynti" })).toBeChecked();
  await expect(held.getByLabel("Muistiinpanot")).toHaveValue(`Työhaastattelu, ${employer}`);
  await heldType.getByText("Työhaastattelu", { exact: true }).click();
  await held
    .getByRole("group", { name: "Tarkoitus (vähintään yksi)" })
    .getByText("Työnhaun tuki", { exact: true })
    .click();
  await held.getByRole("button", { name: "Tallenna yhteydenotto" }).click();
  await expect(held).toBeHidden();
  await expect(card).toHaveClass(/polku-appointment-held/);
});

test("Wednesday: a work trial turns into a paid job and the client's phase becomes working", async () => {
  await openTab("Työ", "Työkokeilut");
  await expectAccessible(page, "client work tab");
  await page.getByRole("button", { name: "Kirjaa työkokeilu" }).click();
  const trialDialog = page.getByRole("dialog", { name: "Kirjaa työkokeilu" });
  await trialDialog.getByRole("combobox", { name: "Työnantaja" }).fill(employer);
  await page.getByRole("option", { name: `Uusi työnantaja: ${employer}` }).click();
  await trialDialog
    .getByLabel("Tehtävät")
    .fill("Kassa ja tiskin järjestely; tehtäviä sovitettu terveyden mukaan.");
  await trialDialog.getByLabel("Tunteja viikossa").fill("15");
  await expectAccessible(page, "work trial form");
  await trialDialog.getByRole("button", { name: "Tallenna" }).click();
  await expect(trialDialog).toBeHidden();

  const trial = page.getByRole("article", { name: employer, exact: true });
  await trial.getByRole("button", { name: "Muuttui palkkatyöksi" }).click();
  const jobDialog = page.getByRole("dialog", { name: "Työkokeilusta tuli palkkatyö" });
  await expect(jobDialog.getByRole("combobox", { name: "Työnantaja" })).toHaveValue(employer);
  await jobDialog.getByLabel("Tehtävänimike").fill("Kahvilatyöntekijä");
  await jobDialog.getByLabel("Tuntipalkka (€)").fill("13,5");
  await expect(
    jobDialog.getByRole("status").filter({ hasText: "Avoimien työmarkkinoiden työ" }),
  ).toBeVisible();
  await expectAccessible(page, "job form from a work trial");
  await jobDialog.getByRole("button", { name: "Tallenna" }).click();
  await expect(jobDialog).toBeHidden();

  const job = page.getByRole("article", { name: `Kahvilatyöntekijä, ${employer}` });
  await expect(job).toContainText("Työkokeilusta");
  await expect(job).toContainText("Avoimien työmarkkinoiden työ");
  await expect(trial).toContainText("Muuttui palkkatyöksi");
  await expect(page.getByText("Työssä", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Työssä", { exact: true })).toBeVisible();
  await expect(job).toBeVisible();
  await expect(page.locator(".mantine-Loader-root")).toHaveCount(0);
  await expectAccessible(page, "client work tab with a job");
});

test("Thursday: the network meeting with the treatment team is recorded", async () => {
  await openTab("Yhteydenotot", "Yhteydenotot");
  await page.getByRole("button", { name: "Kirjaa yhteydenotto" }).click();
  const dialog = page.getByRole("dialog", { name: "Kirjaa yhteydenotto" });
  await dialog
    .getByRole("group", { name: "Tyyppi" })
    .getByText("Verkostotapaaminen", { exact: true })
    .click();
  await dialog.getByRole("button", { name: /^Lisätiedot/ }).click();
  await dialog.getByLabel("Missä").selectOption({ label: "Hoitoyksikkö" });
  const participants = dialog.getByRole("group", { name: "Keitä oli mukana" });
  await expect(participants.getByRole("checkbox", { name: "Asiakas" })).toBeChecked();
  await participants.getByText("Hoitotiimi", { exact: true }).click();
  // The type names its purpose: a network meeting comes with it chosen.
  await expect(
    dialog
      .getByRole("group", { name: "Tarkoitus (vähintään yksi)" })
      .getByRole("checkbox", { name: "Verkostotapaaminen" }),
  ).toBeChecked();
  await dialog
    .getByLabel("Muistiinpanot")
    .fill("Verkostotapaaminen: työn näkökulma tuotu hoitosuunnitelmaan.");
  await dialog.getByRole("switch", { name: "Jaa muistiinpano hoitotiimille" }).check();
  await dialog.getByRole("button", { name: "Tallenna yhteydenotto" }).click();
  await expect(dialog).toBeHidden();

  const item = page.getByRole("article").filter({ hasText: "työn näkökulma" });
  await expect(item).toContainText("Verkostotapaaminen");
  await expect(item).toContainText("Asiakas, Hoitotiimi");
  await expect(item).toContainText("Jaettu hoitotiimille");
});

test("Friday: the week's notes are written on a phone with the quick form", async () => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/calendar");
  await expect(page.getByRole("heading", { level: 1, name: "Kalenteri" })).toBeVisible();
  await expect(page.locator(".fc-list")).toBeVisible();
  await expectAccessible(page, "calendar on a phone");

  await openTab("Yhteydenotot", "Yhteydenotot");
  await page.getByRole("button", { name: "Kirjaa yhteydenotto" }).click();
  const dialog = page.getByRole("dialog", { name: "Kirjaa yhteydenotto" });
  // Choosing "Puhelu" brings its usual mode, place and length: not face to face in the community.
  await dialog.getByRole("group", { name: "Tyyppi" }).getByText("Puhelu", { exact: true }).click();
  await dialog.getByRole("button", { name: /^Lisätiedot/ }).click();
  await expect(dialog.getByRole("radio", { name: "Puhelin", exact: true })).toBeChecked();
  await expect(dialog.getByLabel("Missä")).toHaveValue("remote");
  await expect(dialog.getByLabel("Kesto (min)")).toHaveValue("15");
  await dialog.getByLabel("Kesto (min)").fill("20");
  await dialog
    .getByRole("group", { name: "Tarkoitus (vähintään yksi)" })
    .getByText("Työssä tukeminen: asiakas", { exact: true })
    .click();
  await dialog
    .getByLabel("Muistiinpanot")
    .fill("Perjantain puhelu: ensimmäinen työviikko sujui, seuraava tapaaminen sovittu.");
  await expectAccessible(page, "activity form on a phone");
  const save = dialog.getByRole("button", { name: "Tallenna yhteydenotto" });
  const box = await save.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(40);
  await save.click();
  await expect(dialog).toBeHidden();
  const item = page.getByRole("article").filter({ hasText: "Perjantain puhelu" });
  await expect(item).toContainText("20 min");
  await expect(item).toContainText("Puhelin");
  await expectAccessible(page, "client contacts on a phone");
});

test("Corrections: an edited contact keeps its earlier version; a retracted one stays, struck through, with the reason", async () => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await openTab("Yhteydenotot", "Yhteydenotot");
  const item = page.getByRole("article").filter({ hasText: "Perjantain puhelu" });
  await item.getByRole("button", { name: /^Muokkaa/ }).click();
  const edit = page.getByRole("dialog", { name: "Korjaa yhteydenotto" });
  await expect(edit.getByLabel("Kesto (min)")).toHaveValue("20");
  await edit.getByLabel("Kesto (min)").fill("25");
  await edit.getByRole("button", { name: "Tallenna yhteydenotto" }).click();
  await expect(edit).toBeHidden();
  await expect(item).toContainText("25 min");

  await item.getByRole("button", { name: "Muokattu – katso aiemmat versiot" }).click();
  const history = page.getByRole("dialog", { name: "Aiemmat versiot" });
  await expect(history).toContainText("Versio 1");
  await expect(history).toContainText("20 min");
  await expectAccessible(page, "earlier versions of a contact");
  await history.getByRole("button", { name: "Sulje" }).click();

  await item.getByRole("button", { name: /^Peru kirjaus/ }).click();
  const retract = page.getByRole("dialog", { name: "Peru yhteydenoton kirjaus" });
  await retract.getByLabel("Perustelu").fill("Kirjattu väärälle asiakkaalle.");
  await retract.getByRole("button", { name: "Peru kirjaus" }).click();
  await expect(retract).toBeHidden();
  await expect(item).toContainText("Peruttu");
  await expect(item).toContainText("Kirjattu väärälle asiakkaalle.");
  await expect(item.getByRole("button", { name: /^Muokkaa/ })).toHaveCount(0);
  await expectAccessible(page, "contacts with a retracted one");
});
