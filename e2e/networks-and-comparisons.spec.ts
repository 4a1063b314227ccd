import { type Browser, expect, type Page, test } from "@playwright/test";
import { lastFullQuarter, quarterPeriod } from "../core/outcomes/periods.ts";
import {
  callApi,
  dayAfter,
  demo,
  expectAccessible,
  expectFitsWidth,
  helsinkiToday,
  recordAgreedClient,
  type SignedInPerson,
  signIn,
} from "./fixtures.ts";

// Issue 9's administration: a platform admin creates a reporting network and names its evaluator;
// the organisation's admin joins it with a dated agreement and ends it; someone allowed to manage
// comparison cohorts imports one (a dry run first, problems by line) and compares a team with it.
// Everything this file needs it creates itself, through the UI or the API.
const run = Date.now().toString(36).replace(/\d/g, "");
const networkName = `Pirkanmaan IPS-verkosto ${run}`;
const period = quarterPeriod(lastFullQuarter(helsinkiToday()));
const dayOf = (offset: number) => dayAfter(period.from, offset);

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

async function openAdmin(page: Page, label: string, heading: string) {
  await page.getByRole("link", { name: label, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test("an organisation admin joins a reporting network and ends the agreement", async ({ browser }) => {
  const platform = await signedIn(browser, demo.platform);
  await openAdmin(platform, "Verkostojen hallinta", "Verkostojen hallinta");
  await platform.getByLabel("Nimi").fill(networkName);
  await platform.getByLabel("Taso").selectOption({ label: "Alueellinen verkosto" });
  await platform.getByRole("button", { name: "Luo verkosto" }).click();
  await expect(platform.getByText(`Verkosto ${networkName} luotiin.`)).toBeVisible();
  const card = platform.getByRole("region", { name: networkName, exact: true });
  await card.getByLabel("Lisää arvioija sähköpostiosoitteella").fill("evaluator@demo.polku.fi");
  await card.getByRole("button", { name: `Lisää arvioija verkostoon ${networkName}` }).click();
  await expect(card.getByRole("cell", { name: "evaluator@demo.polku.fi" })).toBeVisible();
  await expectAccessible(platform, "platform networks");
  await platform.context().close();

  // The organisation's admin on a phone, by keyboard: the menu, the list, the dated agreement.
  const admin = await signedIn(browser, demo.admin);
  await admin.setViewportSize({ width: 375, height: 740 });
  // The closed phone menu is off-screen and inert: Tab does not walk through links nobody sees.
  await expect(admin.locator("#main-navigation")).toHaveAttribute("inert", "");
  await admin.getByRole("button", { name: "Avaa valikko" }).click();
  await expect(admin.locator("#main-navigation")).not.toHaveAttribute("inert");
  await openAdmin(admin, "Raportointiverkostot", "Raportointiverkostot");
  const row = admin.getByRole("row", { name: new RegExp(networkName) });
  await expect(row.getByText("Ei sopimusta")).toBeVisible();
  await expectAccessible(admin, "organisation networks on a phone");
  await row.getByRole("button", { name: `Liity verkostoon ${networkName}` }).focus();
  await admin.keyboard.press("Enter");
  const join = admin.getByRole("dialog", { name: `Liittyminen: ${networkName}` });
  await expect(join.getByLabel("Sopimus alkaen")).toBeFocused();
  await join.getByLabel("Sopimus alkaen").fill(dayOf(0));
  await expectAccessible(admin, "join dialog");
  await admin.keyboard.press("Enter");
  await expect(admin.getByText(`Organisaatio liittyi verkostoon ${networkName}.`)).toBeVisible();
  await expect(row.getByText(/^Voimassa · alkaen /)).toBeVisible();
  await expectFitsWidth(admin, "organisation networks on a phone");

  // Ending asks for the day and says what follows; a day before the agreement is refused.
  await row.getByRole("button", { name: `Päätä sopimus verkoston ${networkName} kanssa` }).click();
  const end = admin.getByRole("dialog", { name: `Sopimuksen päättäminen: ${networkName}` });
  await expect(end.getByText(/eivät enää näe organisaation lukuja/)).toBeVisible();
  // The date field's calendar opens below it; leaving the field (Tab) closes it, as a person does.
  await end.getByLabel("Sopimus päättyy").fill(dayOf(-1));
  await admin.keyboard.press("Tab");
  await end.getByRole("button", { name: "Päätä sopimus" }).click();
  // On the field, and in the form's summary as a link to it.
  await expect(
    end.getByText("Päättymispäivä ei voi olla ennen alkamispäivää. Tarkista päivämäärät.", { exact: true }),
  ).toBeVisible();
  await expect(end.getByRole("link", { name: /^Sopimus päättyy: Päättymispäivä ei voi olla/ })).toBeVisible();
  await end.getByLabel("Sopimus päättyy").fill(helsinkiToday());
  await admin.keyboard.press("Tab");
  await expectAccessible(admin, "end dialog");
  await end.getByRole("button", { name: "Päätä sopimus" }).click();
  await expect(admin.getByText(`Sopimus verkoston ${networkName} kanssa päätettiin.`)).toBeVisible();
  // In force through its last day: neither ending again nor a second, overlapping agreement is offered.
  await expect(row.getByText(/ – /)).toBeVisible();
  await expect(row.getByRole("button")).toHaveCount(0);
  await admin.context().close();
});

test("a cohort is imported after a dry run and compared with a team, intervals and sentence shown", async ({
  browser,
}) => {
  // The IPS side: four of the coach's clients in the last full quarter, two of them into work.
  const coach = await signedIn(browser, demo.coach);
  const me = await callApi<SignedInPerson>(coach, "GET", "/api/me");
  const membership = me.memberships.find((m) => m.teamId);
  if (!membership?.teamId) throw new Error("the demo coach has no team");
  for (const i of [0, 1, 2, 3]) {
    await recordAgreedClient(
      coach,
      me,
      { firstName: "Vertti", lastName: `Vertailu${run}${"abcd"[i]}`, birthYear: 1985 + i },
      {
        referral: dayOf(1),
        decision: dayOf(2),
        agreement: dayOf(3),
        ...(i < 2 ? { jobStart: dayOf(30) } : {}),
      },
      `Vertailutehdas ${run}`,
    );
  }
  await coach.context().close();

  const admin = await signedIn(browser, demo.admin);
  const teams = await callApi<{ id: string; name: string }[]>(
    admin,
    "GET",
    `/api/organisations/${membership.organisationId}/teams`,
  );
  const teamName = teams.find((x) => x.id === membership.teamId)?.name ?? "";
  await admin.getByRole("link", { name: "Tulokset", exact: true }).click();
  await admin.getByRole("link", { name: /^Vertailuryhmät: / }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Vertailuryhmät" })).toBeVisible();
  await expectAccessible(admin, "comparison groups");

  // Pseudonymised rows: the dry run names each problem by its line, and saves nothing.
  const cohortName = `Tavanomaiset palvelut ${run}`;
  await admin.getByRole("textbox", { name: "Nimi", exact: true }).fill(cohortName);
  await admin.getByText("Pseudonymisoidut rivit (CSV)").click();
  const header = "pseudonym,period_from,period_to,employed";
  const line = (p: string, employed: string) => `${p},${period.from},${period.to},${employed}`;
  const people = Array.from({ length: 20 }, (_, i) => line(`P${i + 1}`, i < 4 ? "1" : "0"));
  await admin
    .getByLabel("CSV-rivit")
    .fill([header, line("X1", "2"), line("131052-308T", "0"), ...people].join("\n"));
  await admin.getByRole("button", { name: "Tarkista" }).click();
  const problems = admin.getByRole("alert").filter({ hasText: "Korjattavaa: 2" });
  await expect(problems.getByRole("listitem").nth(0)).toHaveText(/^Rivi 2: employed/);
  await expect(problems.getByRole("listitem").nth(1)).toHaveText(/^Rivi 3: .*henkilötunnukselta/);
  await expectAccessible(admin, "cohort dry run with problems");

  await admin.getByLabel("CSV-rivit").fill([header, ...people].join("\n"));
  await admin.getByRole("button", { name: "Tarkista" }).click();
  await expect(admin.getByText("Tarkistus onnistui: 20 riviä, 1 kautta tallennettaisiin.")).toBeVisible();
  await admin.getByRole("button", { name: "Tuo", exact: true }).click();
  await expect(admin.getByText(`Vertailuryhmä ${cohortName} tuotiin.`)).toBeVisible();

  // IPS (the coach's team, clients out of work at the start) against the cohort.
  const compare = admin.getByRole("form", { name: "IPS verrattuna vertailuryhmään" });
  await compare.getByLabel("IPS-tiimi").selectOption({ label: teamName });
  await compare.getByLabel("Vertailuryhmä").selectOption({ label: cohortName });
  await compare.getByLabel("Tilanne palvelun alkaessa").selectOption({ label: "Työtön" });
  await compare.getByRole("button", { name: "Vertaa" }).click();
  const table = admin.getByRole("region", { name: "Vertailun luvut" }).getByRole("table");
  await expect(table.getByRole("row", { name: new RegExp(`^Vertailuryhmä: ${cohortName}`) })).toContainText(
    "4 / 20",
  );
  await expect(table.getByRole("row", { name: new RegExp(`^Vertailuryhmä: ${cohortName}`) })).toContainText(
    /20,0\s%.*\d+–\d+\s%/,
  );
  await expect(table.getByRole("row", { name: new RegExp(`^IPS: ${teamName}`) })).toContainText(/\d+–\d+\s%/);
  await expect(table.getByRole("row", { name: /^Ero/ })).toContainText(/%-yks\..*… .*%-yks\./);
  await expect(table.getByRole("row", { name: /^Suhde/ })).toContainText(/\d+(,\d+)? – \d+(,\d+)?/);
  await expect(admin.getByTestId("comparison-sentence")).toHaveText(/^Ero on .*95 %:n varmuudella/);
  await expectAccessible(admin, "comparison result");

  // Counts per period: an overlap is named by its period, beside its field and in the list.
  const periods = admin.getByRole("region", { name: "Tuo vertailuryhmä" });
  await periods.getByRole("textbox", { name: "Nimi", exact: true }).fill(`Kelan rekisteri ${run}`);
  const first = periods.getByRole("group", { name: "Kausi 1" });
  await first.getByLabel("Kausi alkaa").fill(period.from);
  await first.getByLabel("Kausi päättyy").fill(period.to);
  await first.getByLabel("Henkilöitä").fill("27");
  await first.getByLabel("Heistä työssä").fill("5");
  await periods.getByRole("button", { name: "Lisää kausi" }).click();
  const second = periods.getByRole("group", { name: "Kausi 2" });
  await second.getByLabel("Kausi alkaa").fill(dayOf(30));
  await second.getByLabel("Kausi päättyy").fill(period.to);
  await second.getByLabel("Henkilöitä").fill("20");
  await second.getByLabel("Heistä työssä").fill("3");
  await periods.getByRole("button", { name: "Tarkista" }).click();
  await expect(
    periods.getByRole("alert").filter({ hasText: "Korjattavaa: 1" }).getByRole("listitem"),
  ).toHaveText(/^Kausi 2: Kausi menee päällekkäin/);
  await expectAccessible(admin, "counts per period with an overlap");
  await periods.getByRole("button", { name: "Poista kausi 2" }).click();
  await periods.getByRole("button", { name: "Tarkista" }).click();
  await expect(periods.getByText("Tarkistus onnistui: 1 kautta tallennettaisiin.")).toBeVisible();

  // On a phone the result stays readable: the table scrolls in its own region, the page does not.
  await admin.setViewportSize({ width: 375, height: 740 });
  await expect(admin.getByTestId("comparison-sentence")).toBeVisible();
  await expectFitsWidth(admin, "comparison result on a phone");
  await expectAccessible(admin, "comparison result on a phone");
  await admin.context().close();
});
