import { expect, test } from "@playwright/test";
import {
  activeElementOf,
  callApi,
  dayAfter,
  demo,
  demoPassword,
  expectAccessible,
  helsinkiToday,
  type SignedInPerson,
  signIn,
} from "./fixtures.ts";

const run = Date.now().toString(36).replace(/\d/g, "");
const firstName = "Odottava";
const lastName = `Lähetteinen${run}`;
const name = `${firstName} ${lastName}`;

/**
 * Issue 10: the coach finds a phone call saved as face to face in the review list and corrects it
 * through the activity's edit; the team lead opens the weekly supervision agenda on the demo data,
 * finds the coach's lines (a referral waiting ten days among them), prints it and opens a client.
 */
test("the coach corrects a record whose type and mode disagree; the lead's supervision agenda lists, prints and opens", async ({
  browser,
}) => {
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await signIn(coach, demo.coach, demoPassword);
  const me = await callApi<SignedInPerson>(coach, "GET", "/api/me");
  const ipsTeamId = me.memberships.find((m) => m.teamId)?.teamId as string;
  // A referral from ten days ago, still waiting for a decision, with a phone call saved as face to face.
  const created = await callApi<{ clientId: string }>(coach, "POST", "/api/clients", {
    client: { firstName, lastName },
    referral: {
      referralDate: dayAfter(helsinkiToday(), -10),
      source: "self",
      situationAtStart: "unemployed",
      ipsTeamId,
      coachUserId: me.user.id,
    },
  });
  await callApi(coach, "POST", `/api/clients/${created.clientId}/activities`, {
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    durationMinutes: 15,
    type: "phone_call",
    mode: "face_to_face",
    place: "community",
    purposes: ["outreach"],
  });

  await coach.getByRole("link", { name: "Tarkistettavat kirjaukset" }).first().click();
  await expect(
    coach.getByRole("heading", { level: 1, name: "Kirjaukset, joissa tyyppi ja tapa eivät täsmää" }),
  ).toBeVisible();
  const line = coach.getByRole("listitem").filter({ hasText: name });
  await expect(line).toContainText("Puhelu, kirjattu tavalla: Kasvokkain");
  await expectAccessible(coach, "activity review");
  await line.getByRole("button", { name: /^Korjaa/ }).click();
  const dialog = coach.getByRole("dialog", { name: "Korjaa kirjaus" });
  await dialog.getByRole("group", { name: "Miten" }).getByText("Puhelin", { exact: true }).click();
  await expect(dialog.getByRole("radio", { name: "Puhelin", exact: true })).toBeChecked();
  await dialog.getByLabel("Missä").selectOption("remote");
  await expectAccessible(coach, "activity review, correcting");
  await dialog.getByRole("button", { name: "Tallenna yhteydenotto" }).click();
  await expect(dialog).toBeHidden();
  await expect(coach.getByText("Kirjaus korjattu.")).toBeVisible();
  await expect(coach.getByRole("listitem").filter({ hasText: name })).toHaveCount(0);
  // The corrected line's button left with it: focus is on the next line's button, or on the
  // heading when the list is empty, never on the page's body.
  await expect
    .poll(async () => {
      const at = await activeElementOf(coach);
      return at.tag === "H1" ? "heading" : at.tag === "BUTTON" && at.inListItem ? "next line" : at.tag;
    })
    .toMatch(/^(heading|next line)$/);
  await coachContext.close();

  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await signIn(lead, "lead@demo.polku.fi", demoPassword);
  // The lead coaches nobody: no empty caseload block of their own, and never "0 / 20"; the home
  // leads to the team's pages instead.
  await expect(lead.getByRole("main").getByRole("link", { name: "Työnohjauksen asialista" })).toBeVisible();
  await expect(lead.getByRole("region", { name: "Oma asiakasmäärä" })).toHaveCount(0);
  await expect(lead.getByText(/^0 \/ 20/)).toHaveCount(0);
  await lead.getByRole("main").getByRole("link", { name: "Työnohjauksen asialista" }).click();
  await expect(lead.getByRole("heading", { level: 1, name: "Työnohjauksen asialista" })).toBeVisible();
  const section = lead.getByRole("region", { name: "Ville Valmentaja" });
  await expect(section).toContainText(/Asiakasmäärä: \d+ aktiivista, suositus enintään 20 \(1 htv\)/);
  await expect(section).toContainText(/Kasvokkaiset työnantajakontaktit tällä viikolla: \d+, suositus 6/);
  const waiting = section.getByRole("listitem").filter({ hasText: name });
  await expect(waiting).toContainText("Lähete odottanut päätöstä 10 päivää");
  // Every client the server put on the agenda is a line on the page.
  const agenda = await callApi<{ coaches: { clients: { name: string }[] }[] }>(
    lead,
    "GET",
    `/api/organisations/${(await callApi<SignedInPerson>(lead, "GET", "/api/me")).memberships[0]?.organisationId}/teams/${ipsTeamId}/supervision`,
  );
  const names = agenda.coaches.flatMap((c) => c.clients.map((x) => x.name));
  expect(names).toContain(name);
  for (const n of names.slice(0, 5))
    await expect(lead.getByRole("link", { name: n, exact: true })).toBeVisible();
  await expectAccessible(lead, "supervision agenda");

  // Print: the button opens the browser's print; print media drops the frame and the buttons.
  type Printing = { printed: number; print: () => void };
  await lead.evaluate(() => {
    const w = globalThis as unknown as Printing;
    w.printed = 0;
    w.print = () => {
      w.printed++;
    };
  });
  await lead.getByRole("button", { name: "Tulosta" }).click();
  expect(await lead.evaluate(() => (globalThis as unknown as Printing).printed)).toBe(1);
  await lead.emulateMedia({ media: "print" });
  await expect(lead.getByRole("navigation")).toBeHidden();
  await expect(lead.getByRole("button", { name: "Tulosta" })).toBeHidden();
  await expect(lead.getByRole("heading", { level: 1, name: "Työnohjauksen asialista" })).toBeVisible();
  await expect(waiting).toBeVisible();
  const pdf = await lead.pdf({ format: "A4", printBackground: false });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
  await lead.emulateMedia({ media: "screen" });

  // On a phone the agenda still reads top to bottom, and a line opens the client.
  await lead.setViewportSize({ width: 375, height: 740 });
  await expectAccessible(lead, "supervision agenda on a phone");
  await waiting.getByRole("link", { name }).click();
  await expect(lead.getByRole("heading", { level: 1, name })).toBeVisible();
  await leadContext.close();
});
