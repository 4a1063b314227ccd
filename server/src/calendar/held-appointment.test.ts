import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildJourney, type Journey } from "../activities/activity-test-setup.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

const HOUR = 3_600_000;

describe("appointments: a held appointment becomes an activity in one step", () => {
  let t: TestApp;
  let j: Journey;

  before(async () => {
    t = await createTestApp();
    j = await buildJourney(t);
  });
  after(() => t.close());

  const book = async (hoursFromNow: number, minutes: number, clientId: string | null = j.clientId) => {
    const startsAt = new Date(Date.now() + hoursFromNow * HOUR);
    const response = await j.coach.post("/api/appointments", {
      clientId,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + minutes * 60_000).toISOString(),
      place: "community",
      location: "Café Kulma",
      purpose: "Job search",
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { id: string; startsAt: string };
  };
  const held = {
    type: "client_meeting",
    mode: "face_to_face",
    participants: ["client"],
    purposes: ["job_search_support"],
    notes: "Found two openings.",
    sharedWithTreatmentTeam: true,
  };

  test("time, length and place come from the appointment; it is marked held and linked", async () => {
    const appointment = await book(-2, 90);
    const response = await j.coach.post(`/api/appointments/${appointment.id}/activity`, held);
    assert.equal(response.statusCode, 201, response.body);
    const activity = response.json();
    assert.equal(activity.occurredAt, appointment.startsAt);
    assert.equal(activity.details.durationMinutes, 90);
    assert.equal(activity.details.place, "community");
    assert.equal(activity.details.appointmentId, appointment.id);
    assert.equal(activity.details.episodeId, j.episodeId);
    assert.equal(activity.notes, "Found two openings.");

    const listed = (await j.coach.get(`/api/clients/${j.clientId}/activities`)).json();
    assert.ok(listed.items.some((a: { id: string }) => a.id === activity.id));
    const after = (await j.coach.get(`/api/clients/${j.clientId}/appointments`)).json();
    const row = after.find((a: { id: string }) => a.id === appointment.id);
    assert.equal(row.status, "held");
    assert.equal(row.activityId, activity.id);
    assert.equal(row.canEdit, false);
  });

  test("a second call is a conflict and records nothing more; a held appointment cannot be moved", async () => {
    const appointment = await book(-3, 30);
    assert.equal((await j.coach.post(`/api/appointments/${appointment.id}/activity`, held)).statusCode, 201);
    const count = async () =>
      (
        await t.database.db
          .selectFrom("activity")
          .select("id")
          .where("appointment_id", "=", appointment.id)
          .execute()
      ).length;
    const second = await j.coach.post(`/api/appointments/${appointment.id}/activity`, held);
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().error.code, "conflict");
    assert.equal(await count(), 1);
    const move = await j.coach.patch(`/api/appointments/${appointment.id}`, { place: "office" });
    assert.equal(move.statusCode, 409);
    const cancel = await j.coach.post(`/api/appointments/${appointment.id}/cancellation`, { reason: "x" });
    assert.equal(cancel.statusCode, 409);
  });

  test("given values win over the appointment's; a cancelled appointment cannot be held", async () => {
    const appointment = await book(-5, 60);
    const response = await j.coach.post(`/api/appointments/${appointment.id}/activity`, {
      ...held,
      durationMinutes: 75,
      place: "workplace",
    });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json().details.durationMinutes, 75);
    assert.equal(response.json().details.place, "workplace");

    const cancelled = await book(1, 30);
    await j.coach.post(`/api/appointments/${cancelled.id}/cancellation`, { reason: "client ill" });
    assert.equal((await j.coach.post(`/api/appointments/${cancelled.id}/activity`, held)).statusCode, 409);
  });

  test("an appointment is held only from its start: a minute before is refused in the user's words", async () => {
    const soon = await book(1 / 60, 30);
    const early = await j.coach.request("POST", `/api/appointments/${soon.id}/activity`, held, {
      "content-type": "application/json",
      "accept-language": "en",
    });
    assert.equal(early.statusCode, 400, early.body);
    assert.equal(early.json().error.code, "appointment_not_started");
    assert.match(early.json().error.message, /before its start time/);
    const row = await t.database.db
      .selectFrom("appointment")
      .select("status")
      .where("id", "=", soon.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, "scheduled");
    const activities = await t.database.db
      .selectFrom("activity")
      .select("id")
      .where("appointment_id", "=", soon.id)
      .execute();
    assert.equal(activities.length, 0);
    // Its start has just passed: now it can be held.
    const started = await book(-1 / 3600, 30);
    const response = await j.coach.post(`/api/appointments/${started.id}/activity`, held);
    assert.equal(response.statusCode, 201, response.body);
  });

  test("missing activity fields are field errors and leave the appointment scheduled", async () => {
    const appointment = await book(-1, 30);
    const response = await j.coach.post(`/api/appointments/${appointment.id}/activity`, {
      type: "client_meeting",
    });
    assert.equal(response.statusCode, 400);
    assert.ok(response.json().error.fields.mode && response.json().error.fields.purposes);
    const row = await t.database.db
      .selectFrom("appointment")
      .select("status")
      .where("id", "=", appointment.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, "scheduled");
  });
});
