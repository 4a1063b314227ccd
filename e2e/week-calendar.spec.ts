import { expect, type Page, test } from "@playwright/test";
import {
  callApi,
  dayAfter,
  demo,
  expectAccessible,
  expectFitsWidth,
  helsinkiToday,
  signIn,
} from "./fixtures.ts";

// The week calendar (issue 10): the demo coach drags an appointment to another day and finds it
// there after a reload; a refused save puts it back; on a phone the week is a list.
test.describe.configure({ mode: "serial" });

const purpose = `Viikkopalaveri ${Date.now().toString(36)}`;
const today = helsinkiToday();
const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
const monday = dayAfter(today, -weekday);
const tuesday = dayAfter(monday, 1);
const thursday = dayAfter(monday, 3);

const clock = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Helsinki",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
/** A Finnish wall-clock time as an instant (winter +02:00, summer +03:00). */
function at(day: string, time: string): string {
  for (const offset of ["+02:00", "+03:00"]) {
    const instant = new Date(`${day}T${time}:00${offset}`);
    if (clock.format(instant) === time) return instant.toISOString();
  }
  throw new Error(`no Finnish time ${day} ${time}`);
}

const event = (page: Page, day: string) =>
  page.locator(`td.fc-timegrid-col[data-date="${day}"]`).locator(".fc-timegrid-event", { hasText: purpose });

/** Drags the appointment from its day to another at the same time of day, as a mouse does. */
async function drag(page: Page, from: string, to: string) {
  const box = await event(page, from).boundingBox();
  const column = await page.locator(`td.fc-timegrid-col[data-date="${to}"]`).boundingBox();
  if (!box || !column) throw new Error("the appointment or the day is not on the grid");
  const y = box.y + 6;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 12, y, { steps: 4 });
  await page.mouse.move(column.x + column.width / 2, y, { steps: 12 });
  await page.mouse.up();
}

test("the coach drags an appointment to another day and it stays there after a reload", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, demo.coach);
  await callApi(page, "POST", "/api/appointments", {
    clientId: null,
    startsAt: at(tuesday, "11:00"),
    endsAt: at(tuesday, "12:00"),
    place: "office",
    location: null,
    purpose,
  });
  await page.getByRole("link", { name: "Kalenteri", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kalenteri" })).toBeVisible();
  await expect(event(page, tuesday)).toContainText("11.00");
  await expectAccessible(page, "week calendar");

  // A refused save (another change got there first): the appointment goes back, the reason shows.
  await page.route("**/api/appointments/*", (route) =>
    route.request().method() === "PATCH"
      ? route.fulfill({
          status: 409,
          contentType: "application/json",
          body: JSON.stringify({ error: { code: "conflict", message: "Tieto on muuttunut." } }),
        })
      : route.fallback(),
  );
  await drag(page, tuesday, thursday);
  await expect(page.getByRole("alert").filter({ hasText: "Tieto on muuttunut." })).toBeVisible();
  await expect(event(page, tuesday)).toBeVisible();
  await expect(event(page, thursday)).toHaveCount(0);
  await page.unroute("**/api/appointments/*");

  await drag(page, tuesday, thursday);
  await expect(page.getByRole("status").filter({ hasText: "Tapaaminen siirretty." })).toBeVisible();
  await page.reload();
  await expect(event(page, thursday)).toContainText("11.00");
  await expect(event(page, tuesday)).toHaveCount(0);
  const saved = await callApi<Array<{ purpose: string; startsAt: string; endsAt: string }>>(
    page,
    "GET",
    `/api/appointments?from=${encodeURIComponent(at(monday, "00:00"))}&to=${encodeURIComponent(at(dayAfter(monday, 7), "00:00"))}`,
  );
  const moved = saved.find((a) => a.purpose === purpose);
  expect(moved?.startsAt).toBe(at(thursday, "11:00"));
  expect(moved?.endsAt).toBe(at(thursday, "12:00"));

  // The keyboard's way: the appointment opens with Enter and offers the move form.
  await event(page, thursday).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: /^Tapaaminen / });
  await expect(dialog.getByRole("button", { name: "Siirrä" })).toBeVisible();
  await expectAccessible(page, "an appointment opened from the grid");
  await page.keyboard.press("Escape");

  await page.locator("label", { hasText: "Työviikko" }).click();
  await expect(page.locator("td.fc-timegrid-col[data-date]")).toHaveCount(5);
  await expectAccessible(page, "work week");
});

test("on a phone the week is a list that fits the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, demo.coach);
  await page.goto("/calendar");
  await expect(page.getByRole("heading", { level: 1, name: "Kalenteri" })).toBeVisible();
  await expect(page.locator(".fc-list-event").filter({ hasText: purpose })).toBeVisible();
  await expectFitsWidth(page, "the calendar's list on a phone");
  await expectAccessible(page, "the calendar's list on a phone");
});
