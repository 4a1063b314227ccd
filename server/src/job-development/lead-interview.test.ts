import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { type JobDevelopmentSetup, setUpJobDevelopment } from "./job-development-test-setup.ts";

describe("the interview booked from a job lead", () => {
  let t: TestApp;
  let s: JobDevelopmentSetup;
  let leadId: string;
  const interview = (client: JobDevelopmentSetup["coachA"], clientId: string | null, jobLeadId = leadId) =>
    client.post("/api/appointments", {
      clientId,
      startsAt: "2027-02-03T13:00:00+02:00",
      endsAt: "2027-02-03T14:00:00+02:00",
      place: "workplace",
      purpose: "Job interview",
      jobLeadId,
    });

  before(async () => {
    t = await createTestApp();
    s = await setUpJobDevelopment(t);
    const created = await s.coachA.post(`${s.base}/job-leads`, {
      employerId: s.employers.kahvila,
      title: "Barista",
      advertised: false,
    });
    assert.equal(created.statusCode, 201, created.body);
    leadId = created.json().id;
    const lead = `${s.base}/job-leads/${leadId}`;
    assert.equal((await s.coachA.post(`${lead}/candidates`, { clientId: s.c1 })).statusCode, 201);
    for (const stage of ["presented", "interview"]) {
      const moved = await s.coachA.post(`${lead}/candidates/${s.c1}/stage`, { stage });
      assert.equal(moved.statusCode, 200, moved.body);
    }
  });
  after(() => t.close());

  test("the coach books the interview from the lead; the lead shows it to those who see the candidate", async () => {
    const booked = await interview(s.coachA, s.c1);
    assert.equal(booked.statusCode, 201, booked.body);
    assert.equal(booked.json().jobLeadId, leadId);
    const lead = (await s.coachA.get(`${s.base}/job-leads/${leadId}`)).json();
    assert.deepEqual(lead.candidates[0].interview, {
      startsAt: "2027-02-03T11:00:00.000Z",
      endsAt: "2027-02-03T12:00:00.000Z",
      status: "scheduled",
    });
    const audit = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "appointment.created")
      .where("target_id", "=", booked.json().id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(audit.details, { clientId: s.c1, leadId });
    // Team B's coach sees the lead (organisation data) but not the candidate, nor the interview.
    const other = (await s.coachB.get(`${s.base}/job-leads/${leadId}`)).json();
    assert.deepEqual(other.candidates, []);
    // Cancelled, the interview leaves the lead.
    const cancelled = await s.coachA.post(`/api/appointments/${booked.json().id}/cancellation`, {
      reason: "moved by the employer",
    });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    const after = (await s.coachA.get(`${s.base}/job-leads/${leadId}`)).json();
    assert.equal(after.candidates[0].interview, null);
  });

  test("the lead's client must pass the gate, and be the lead's candidate", async () => {
    for (const [client, clientId, field] of [
      [s.coachB, s.c1, "clientId"],
      [s.outsider, s.c1, "clientId"],
      [s.coachB, s.cB, "jobLeadId"],
      [s.coachA, s.c2, "jobLeadId"],
      [s.coachA, null, "jobLeadId"],
    ] as const) {
      const response = await interview(client, clientId);
      assert.equal(response.statusCode, 400, response.body);
      assert.ok(response.json().error.fields[field], `${field}: ${response.body}`);
    }
    const unknown = await interview(s.coachA, s.c1, "00000000-0000-4000-8000-000000000000");
    assert.equal(unknown.statusCode, 400, unknown.body);
    assert.ok(unknown.json().error.fields.jobLeadId);
    assert.equal((await t.client().post("/api/appointments", {})).statusCode, 401);
  });
});
