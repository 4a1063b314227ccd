import { readFileSync } from "node:fs";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { lastFullQuarter, quarterPeriod } from "../core/outcomes/periods.ts";
import {
  callApi,
  dayAfter,
  demo,
  expectAccessible,
  helsinkiToday,
  recordAgreedClient,
  type SignedInPerson,
  signIn,
} from "./fixtures.ts";

// Outcomes from team to network (issue 9): the team lead's dashboard, rule sets, drill-down and
// exports; the evaluator's network page with a withheld cell. The living demo has history of its
// own, but the drill-down must list people this file knows, so it records six clients through the
// API first, back-dated into the last full quarter, and a network of the demo organisation alone.
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36).replace(/\d/g, "");
const lastName = `Tulosnen${run}`;
const names = ["Aada", "Eino", "Iida", "Onni", "Ukko", "Ylva"].map((first) => `${first} ${lastName}`);
/** The first two get a job in the quarter: the drill-down must list exactly them. */
const employed = names.slice(0, 2);
const lead = "lead@demo.polku.fi";
const evaluator = "evaluator@demo.polku.fi";

const quarter = lastFullQuarter(helsinkiToday());
const period = quarterPeriod(quarter);
const dayOf = (offset: number) => dayAfter(period.from, offset);

const contexts: BrowserContext[] = [];
let networkName = "";

/** A signed-in page in its own context (each role keeps its own session). */
async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, email);
  await page.request.get("/api/health");
  return page;
}

type Me = SignedInPerson;

test.beforeAll(async ({ browser }) => {
  // The coach's caseload in the last full quarter: six agreements, two of them into work.
  const coach = await signedIn(browser, demo.coach);
  const me = await callApi<Me>(coach, "GET", "/api/me");
  const membership = me.memberships.find((m) => m.teamId);
  if (!membership?.teamId) throw new Error("the demo coach has no team");
  for (const [i, name] of names.entries()) {
    const [firstName = "", lastName = ""] = name.split(" ");
    await recordAgreedClient(
      coach,
      me,
      { firstName, lastName, birthYear: 1980 + i },
      {
        referral: dayOf(2),
        decision: dayOf(3),
        agreement: dayOf(5),
        ...(employed.includes(name) ? { jobStart: dayOf(40) } : {}),
      },
      `Tulostehdas ${run}`,
    );
  }

  // A regional network the demo organisation has joined, with the demo evaluator as its evaluator.
  const evaluatorPage = await signedIn(browser, evaluator);
  const evaluatorMe = await callApi<Me>(evaluatorPage, "GET", "/api/me");
  const platform = await signedIn(browser, demo.platform);
  networkName = `Tulosverkosto ${run}`;
  const network = await callApi<{ id: string }>(platform, "POST", "/api/platform/networks", {
    name: networkName,
    kind: "region",
  });
  await callApi(platform, "POST", `/api/platform/networks/${network.id}/evaluators`, {
    userId: evaluatorMe.user.id,
  });
  const admin = await signedIn(browser, demo.admin);
  await callApi(admin, "POST", `/api/organisations/${membership.organisationId}/reporting-networks`, {
    networkId: network.id,
    agreedOn: dayOf(-90),
  });
});

test.afterAll(async () => {
  for (const context of contexts) await context.close();
});

test("the team lead opens the team's outcomes, switches the rule set, drills down and exports", async ({
  browser,
}) => {
  const page = await signedIn(browser, lead);
  await page.getByRole("link", { name: "Tulokset", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tulokset" })).toBeVisible();
  await expectAccessible(page, "outcomes index");

  await page.getByRole("region", { name: "Tiimit" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Tiimin tulokset: / })).toBeVisible();
  await expect(page.getByText(`IPS-oppimisyhteisö (Yhdysvallat) v1 · ${quarter}`)).toBeVisible();
  const jobStarts = page
    .getByRole("region", { name: "Jakson luvut" })
    .getByRole("button", { name: /^Näytä asiakkaat: Alkaneet työsuhteet, \d+$/ });
  await expect(jobStarts).toBeVisible();
  await expectAccessible(page, "team outcomes");

  // The other rule set: the figures say which one they follow.
  await page.locator("label", { hasText: "IPS Grow 2024" }).click();
  await expect(page).toHaveURL(/ruleSet=ips_grow_2024/);
  await expect(page.getByText(`IPS Grow 2024 (Englanti) v1 · ${quarter}`)).toBeVisible();
  await expectAccessible(page, "team outcomes, IPS Grow");

  // The trend's table alternative.
  await page.getByRole("switch", { name: "Näytä taulukkona" }).check();
  await expect(page.getByRole("table", { name: /^Kehitys vuosineljänneksittäin/ })).toBeVisible();
  await expectAccessible(page, "trend as a table");

  // The clients behind the job starts: at least the two this file put into work.
  await jobStarts.click();
  const dialog = page.getByRole("dialog", { name: "Asiakkaat: Alkaneet työsuhteet" });
  await expect(dialog).toBeVisible();
  for (const name of employed) await expect(dialog.getByRole("link", { name })).toBeVisible();
  await expect(dialog.getByRole("link", { name: names[5] })).toHaveCount(0);
  await expectAccessible(page, "drill-down");
  await dialog.getByRole("link", { name: employed[0] }).click();
  await expect(page.getByRole("heading", { level: 1, name: employed[0] })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: /^Tiimin tulokset: / })).toBeVisible();

  // Exports with the page's query: an XLSX workbook (a zip) and the PDF report.
  for (const [label, type, magic] of [
    ["Excel-taulukko (XLSX)", "spreadsheetml", "PK"],
    ["Neljännesvuosiraportti (PDF)", "application/pdf", "%PDF"],
  ] as const) {
    const link = page.getByRole("link", { name: label });
    const href = await link.getAttribute("href");
    expect(href).toContain("ruleSet=ips_grow_2024");
    const response = await page.request.get(href ?? "");
    expect(response.status(), label).toBe(200);
    expect(response.headers()["content-type"], label).toContain(type);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, magic.length).toString("latin1"), label).toBe(magic);
  }
});

test("the evaluator sees the network page with a withheld cell", async ({ browser }) => {
  const page = await signedIn(browser, evaluator);
  await page.getByRole("link", { name: "Tulokset", exact: true }).click();
  await page.getByRole("link", { name: networkName }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Verkoston tulokset: ${networkName}` }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Organisaatiot verkoston jakaumassa" })).toBeVisible();
  // One small organisation: its counts are under the threshold, shown as withheld, never as 0.
  const parts = page.getByRole("table", { name: /^Organisaatiot, / });
  await expect(parts.getByText("salattu").first()).toBeVisible();
  await expect(
    page.getByText(/^Salattu: luku on jätetty näyttämättä, koska se koskee alle \d+ henkilöä/).first(),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Excel-taulukko (XLSX)" })).toBeVisible();
  await expectAccessible(page, "network outcomes");
});
