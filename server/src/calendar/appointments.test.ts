import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { buildJourney, type Journey } from "../activities/activity-test-setup.ts";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

const HOUR = 3_600_000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();

describe("appointments: the coach's week", () => {
  let t: TestApp;
  let j: Journey;
  const week = () =>
    `/api/appointments?from=${encodeURIComponent(at(-24))}&to=${encodeURIComponent(at(24 * 6))}`;

  before(async () => {
    t = await createTestApp();
    j = await buildJourney(t, { firstName: "Maija", lastName: "Meikäläinen" });
  });
  after(() => t.close());

  const book = (overrides: Record<string, unknown> = {}) =>
    j.coach.post("/api/appointments", {
      clientId: j.clientId,
      startsAt: at(24),
      endsAt: at(25),
      place: "workplace",
      location: "Teollisuuskatu 1",
      purpose: "Follow-along visit",
      ...overrides,
    });

  test("a coach books, moves and cancels an appointment; the week lists it", async () => {
    const created = await book();
    assert.equal(created.statusCode, 201, created.body);
    const appointment = created.json();
    assert.equal(appointment.status, "scheduled");
    assert.deepEqual(appointment.client, { id: j.clientId, initials: "MM", name: "Maija Meikäläinen" });
    assert.equal(appointment.canEdit, true);

    const startsAt = at(48);
    const moved = await j.coach.patch(`/api/appointments/${appointment.id}`, { startsAt, endsAt: at(49) });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().startsAt, startsAt);

    const listed = await j.coach.get(week());
    assert.equal(listed.statusCode, 200, listed.body);
    assert.ok(listed.json().some((a: { id: string }) => a.id === appointment.id));

    const cancelled = await j.coach.post(`/api/appointments/${appointment.id}/cancellation`, {
      reason: "client ill",
    });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    assert.equal(cancelled.json().status, "cancelled");
    assert.equal(cancelled.json().canEdit, false);
    assert.equal(
      (await j.coach.patch(`/api/appointments/${appointment.id}`, { purpose: "x" })).statusCode,
      409,
    );
    assert.equal(
      (await j.coach.post(`/api/appointments/${appointment.id}/cancellation`, { reason: "again" }))
        .statusCode,
      409,
    );
  });

  test("the window is required, ordered and at most 62 days; appointments outside it are not listed", async () => {
    const later = (await book({ startsAt: at(24 * 20), endsAt: at(24 * 20 + 1) })).json();
    const ids = (await j.coach.get(week())).json().map((a: { id: string }) => a.id);
    assert.ok(!ids.includes(later.id));
    const reversed = await j.coach.get(
      `/api/appointments?from=${encodeURIComponent(at(5))}&to=${encodeURIComponent(at(1))}`,
    );
    assert.equal(reversed.statusCode, 400);
    assert.ok(reversed.json().error.fields.to);
    const tooLong = await j.coach.get(
      `/api/appointments?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(24 * 63))}`,
    );
    assert.equal(tooLong.statusCode, 400);
    assert.ok(tooLong.json().error.fields.to);
    assert.equal((await j.coach.get("/api/appointments")).statusCode, 400);
  });

  test("an end before the start is a field error with end_before_start", async () => {
    const response = await book({ startsAt: at(30), endsAt: at(29) });
    assert.equal(response.statusCode, 400);
    assert.match(response.json().error.fields.endsAt, /end date cannot be before the start/);
    const equal = await book({ startsAt: at(30), endsAt: at(30) });
    assert.equal(equal.statusCode, 400);
  });

  test("a client the caller does not work in full is a field error, not a leak", async () => {
    const stranger = await j.stranger.post("/api/appointments", {
      clientId: j.clientId,
      startsAt: at(24),
      endsAt: at(25),
      place: "office",
      purpose: "x",
    });
    assert.equal(stranger.statusCode, 400);
    assert.ok(stranger.json().error.fields.clientId);
    const clinician = await j.clinician.post("/api/appointments", {
      clientId: j.clientId,
      startsAt: at(24),
      endsAt: at(25),
      place: "clinic",
      purpose: "x",
    });
    assert.equal(clinician.statusCode, 400, "shared access is not enough");
    const own = await j.clinician.post("/api/appointments", {
      startsAt: at(24),
      endsAt: at(25),
      place: "clinic",
      purpose: "Team",
    });
    assert.equal(own.statusCode, 201, "an appointment without a client is fine");
    assert.equal(own.json().client, null);
  });

  test("an edit keeps an unchanged client, clears it on null, and refuses one the caller may not work", async () => {
    const booked = (await book()).json();
    const moved = await j.coach.patch(`/api/appointments/${booked.id}`, { purpose: "Moved visit" });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().client?.id, j.clientId, "an edit without clientId keeps the client");
    const refused = await j.coach.patch(`/api/appointments/${booked.id}`, { clientId: randomUUID() });
    assert.equal(refused.statusCode, 400, refused.body);
    assert.ok(refused.json().error.fields.clientId);
    const cleared = await j.coach.patch(`/api/appointments/${booked.id}`, { clientId: null });
    assert.equal(cleared.statusCode, 200, cleared.body);
    assert.equal(cleared.json().client, null);
  });

  test("another person's appointment is not found", async () => {
    const mine = (await book()).json();
    for (const response of [
      await j.otherCoach.patch(`/api/appointments/${mine.id}`, { purpose: "mine now" }),
      await j.otherCoach.post(`/api/appointments/${mine.id}/cancellation`, { reason: "x" }),
      await j.lead.post(`/api/appointments/${mine.id}/activity`, {
        type: "client_meeting",
        mode: "face_to_face",
        purposes: ["job_search_support"],
      }),
    ]) {
      assert.equal(response.statusCode, 404, response.body);
    }
    const theirs = (await j.otherCoach.get(week())).json();
    assert.ok(!theirs.some((a: { id: string }) => a.id === mine.id));
  });

  test("the client shows only while the caller may see them, named only while they work the record in full", async () => {
    const mine = (await book()).json();
    const other = await buildClientWithConsent(t.database, {
      organisationId: j.orgId,
      ipsTeamId: j.ipsTeamId,
    });
    await t.database.db
      .updateTable("appointment")
      .set({ client_id: other.clientId })
      .where("id", "=", mine.id)
      .execute();
    const listed = (await j.coach.get(week())).json().find((a: { id: string }) => a.id === mine.id);
    assert.match(listed.client.name, /Testinen$/, "the coach's IPS team works this client");
    await t.database.db
      .updateTable("episode_assignment")
      .set({ ips_team_id: j.clinicId })
      .where("episode_id", "=", other.episodeId)
      .execute();
    // The coach lost the client: the slot stays in their week, nothing of the client does.
    const hidden = (await j.coach.get(week())).json().find((a: { id: string }) => a.id === mine.id);
    assert.equal(hidden.client, null);
    assert.equal(hidden.purpose, null);
    assert.equal(hidden.location, null);
    const shown = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "appointment.listed")
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    assert.ok(
      !JSON.stringify(shown.details).includes(other.clientId),
      "the list's audit names only clients shown",
    );
  });

  test("the client's page: the IPS team sees it all, a consented clinician when and where only", async () => {
    await book({ purpose: "Talk about medication side effects at work" });
    const full = await j.otherCoach.get(`/api/clients/${j.clientId}/appointments`);
    assert.equal(full.statusCode, 200, full.body);
    assert.ok(full.json().some((a: { purpose: string }) => a.purpose?.includes("medication")));
    const shared = await j.clinician.get(`/api/clients/${j.clientId}/appointments`);
    assert.equal(shared.statusCode, 200, shared.body);
    assert.ok(shared.json().length > 0);
    assert.doesNotMatch(shared.body, /medication|Teollisuuskatu|Maija/);
    for (const a of shared.json()) assert.equal(a.purpose, null);
    assert.equal((await j.stranger.get(`/api/clients/${j.clientId}/appointments`)).statusCode, 404);
  });
});
