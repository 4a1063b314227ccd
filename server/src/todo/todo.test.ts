import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { addDays, helsinkiDate } from "../../../core/time/dates.ts";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { type BuiltStaff, buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * The coach's to-do list through the API: items from recorded facts (dated rows are inserted
 * directly, as the API records "now"), doing the thing clears it, snoozes, bad dates, and the
 * denials: only the caller's own caseload is ever listed or snoozed.
 */
const today = helsinkiDate();
const ago = (n: number) => addDays(today, -n);
type Item = {
  key: string;
  kind: string;
  due: string;
  overdue: boolean;
  client: { id: string; name: string } | null;
};
type List = { dueCount: number; items: Item[]; snoozed: Array<Item & { snoozedUntil: string }> };

describe("the coach's to-do list", () => {
  let t: TestApp;
  let orgId: string;
  let employerId: string;
  let client: { clientId: string; episodeId: string };
  const as: Record<string, TestClient> = {};
  const people: Record<string, BuiltStaff> = {};

  async function signIn(key: string, person: BuiltStaff) {
    people[key] = person;
    as[key] = t.client();
    await (as[key] as TestClient).signIn(person.email, person.password);
  }
  async function list(key: string): Promise<List> {
    const response = await (as[key] as TestClient).get("/api/todo");
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as List;
  }
  const coachId = () => (people.coach as BuiltStaff).id;

  before(async () => {
    t = await createTestApp();
    orgId = (await buildOrganisation(t.database)).id;
    const other = await buildOrganisation(t.database);
    const team = (await buildTeam(t.database, orgId, "ips_team")).id;
    const otherTeam = (await buildTeam(t.database, orgId, "ips_team")).id;
    const clinic = (await buildTeam(t.database, orgId, "treatment_team")).id;
    await signIn(
      "coach",
      await buildStaff(t.database, { organisationId: orgId, role: "coach", teamId: team }),
    );
    await signIn(
      "sameTeamCoach",
      await buildStaff(t.database, { organisationId: orgId, role: "coach", teamId: team }),
    );
    await signIn(
      "lead",
      await buildStaff(t.database, { organisationId: orgId, role: "team_lead", teamId: team }),
    );
    await signIn(
      "otherTeamCoach",
      await buildStaff(t.database, { organisationId: orgId, role: "coach", teamId: otherTeam }),
    );
    await signIn("otherOrgCoach", await buildStaff(t.database, { organisationId: other.id, role: "coach" }));
    await signIn(
      "clinician",
      await buildStaff(t.database, { organisationId: orgId, role: "clinician", teamId: clinic }),
    );
    await signIn("orgAdmin", await buildStaff(t.database, { organisationId: orgId, role: "org_admin" }));
    const evaluator = await buildStaff(t.database, {});
    const platformAdmin = await buildStaff(t.database, { platformAdmin: true });
    const network = await t.database.db
      .insertInto("reporting_network")
      .values({ name: `Region ${randomUUID()}`, kind: "region", created_by: platformAdmin.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.database.db
      .insertInto("network_evaluator")
      .values({ network_id: network.id, user_id: evaluator.id, added_by: platformAdmin.id })
      .execute();
    await signIn("evaluator", evaluator);

    client = await buildClientWithConsent(t.database, {
      organisationId: orgId,
      ipsTeamId: team,
      coachUserId: coachId(),
      consentTeamId: clinic,
      firstName: "Tuula",
      lastName: "Tehtävä",
    });
    // Agreed 60 days ago, last met 40 days ago, working for two days.
    await t.database.db
      .updateTable("episode")
      .set({ referral_date: ago(70), decision_date: ago(70), agreement_date: ago(60) })
      .where("id", "=", client.episodeId)
      .execute();
    await t.database.db
      .insertInto("activity")
      .values({
        organisation_id: orgId,
        client_id: client.clientId,
        episode_id: client.episodeId,
        author_user_id: coachId(),
        occurred_at: new Date(`${ago(40)}T09:00:00Z`),
        duration_minutes: 30,
        type: "client_meeting",
        mode: "face_to_face",
        place: "community",
        purposes: ["other"],
      })
      .execute();
    employerId = (
      await t.database.db
        .insertInto("employer")
        .values({ organisation_id: orgId, name: "Kahvila Aalto", created_by: coachId() })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    await t.database.db
      .insertInto("job")
      .values({
        episode_id: client.episodeId,
        employer_id: employerId,
        title: "Barista",
        start_date: ago(5),
        contract_type: "open_ended",
        created_by: coachId(),
      })
      .execute();
    const contact = await (as.coach as TestClient).post(`/api/organisations/${orgId}/employer-contacts`, {
      employerId,
      occurredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      faceToFace: true,
      clientIds: [client.clientId],
      purposes: ["learn_needs"],
      outcome: "nothing_yet",
      nextStep: "Soita esihenkilölle",
      nextStepOn: ago(1),
    });
    assert.equal(contact.statusCode, 201, contact.body);
  });
  after(() => t.close());

  test("lists what is due from the recorded facts, overdue marked, with the client's name", async () => {
    const body = await list("coach");
    const kinds = body.items.map((i) => `${i.kind}${i.overdue ? "!" : ""}`).sort();
    assert.deepEqual(kinds, [
      "benefits_planning!",
      "employer_next_step!",
      "follow_along_after_start!",
      "no_contact_30_days!",
    ]);
    assert.equal(body.dueCount, 4);
    for (const item of body.items)
      assert.deepEqual(item.client, { id: client.clientId, name: "Tuula Tehtävä" });
    const audit = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "todo.viewed")
      .where("actor_user_id", "=", coachId())
      .execute();
    assert.ok(audit.some((a) => (a.details as { clientIds: string[] }).clientIds.includes(client.clientId)));
  });

  test("nobody else sees the coach's items or can snooze them", async () => {
    const { items } = await list("coach");
    const key = (items[0] as Item).key;
    for (const who of [
      "sameTeamCoach",
      "lead",
      "otherTeamCoach",
      "otherOrgCoach",
      "clinician",
      "orgAdmin",
      "evaluator",
    ]) {
      const theirs = await list(who);
      assert.ok(!theirs.items.some((i) => i.client?.id === client.clientId || i.key === key), who);
      const snooze = await (as[who] as TestClient).post("/api/todo/snoozes", {
        key,
        until: addDays(today, 3),
      });
      assert.equal(snooze.statusCode, 404, `${who} ${snooze.body}`);
      assert.equal(snooze.json().error.code, "not_found");
    }
    assert.equal((await t.client().get("/api/todo")).statusCode, 401);
  });

  test("a calendar reads the items due on its days; nobody else sees them; bad windows are refused", async () => {
    const due = (who: string, from: string, to: string) =>
      (as[who] as TestClient).get(`/api/todo/due?from=${from}&to=${to}`);
    const { items } = await list("coach");
    const before = await t.database.db
      .selectFrom("audit_event")
      .select("seq")
      .where("event_type", "=", "todo.viewed")
      .where("actor_user_id", "=", coachId())
      .execute();
    const week = await due("coach", ago(30), today);
    assert.equal(week.statusCode, 200, week.body);
    const body = week.json() as { today: string; items: Item[] };
    assert.equal(body.today, today);
    assert.deepEqual(body.items.map((i) => i.key).sort(), items.map((i) => i.key).sort());
    for (const item of body.items) assert.ok(item.due >= ago(30) && item.due <= today);
    const audited = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "todo.viewed")
      .where("actor_user_id", "=", coachId())
      .execute();
    // The calendar shows the same clients as the list read just before: nothing new was seen.
    assert.equal(audited.length, before.length);
    // A day is included at both ends; days without items are empty.
    const first = body.items[0] as Item;
    assert.deepEqual(
      (await due("coach", first.due, first.due)).json().items.map((i: Item) => i.due),
      body.items.filter((i) => i.due === first.due).map((i) => i.due),
    );
    assert.deepEqual((await due("coach", addDays(today, 30), addDays(today, 40))).json().items, []);

    for (const who of [
      "sameTeamCoach",
      "lead",
      "otherTeamCoach",
      "otherOrgCoach",
      "clinician",
      "orgAdmin",
      "evaluator",
    ]) {
      const theirs = await due(who, ago(30), today);
      assert.equal(theirs.statusCode, 200, `${who} ${theirs.body}`);
      assert.ok(!theirs.json().items.some((i: Item) => i.client?.id === client.clientId), who);
    }
    assert.equal((await t.client().get(`/api/todo/due?from=${ago(1)}&to=${today}`)).statusCode, 401);

    for (const [from, to, field] of [
      [today, ago(1), "to"],
      [today, addDays(today, 62), "to"],
      ["2026-13-01", today, "from"],
    ] as const) {
      const bad = await due("coach", from, to);
      assert.equal(bad.statusCode, 400, `${from} ${to} ${bad.body}`);
      assert.ok(bad.json().error.fields[field], bad.body);
    }
    assert.equal((await due("coach", today, addDays(today, 61))).statusCode, 200);
  });

  test("snoozing hides the item until its date; bad dates are refused in the user's words", async () => {
    const before = await list("coach");
    const item = before.items.find((i) => i.kind === "employer_next_step") as Item;
    for (const [until, message] of [
      [today, "Choose a day from tomorrow on."],
      [ago(1), "Choose a day from tomorrow on."],
      [ago(3), "Choose a day from tomorrow on."],
      [addDays(today, 366), "Choose a day at most a year ahead."],
    ] as const) {
      const bad = await (as.coach as TestClient).post("/api/todo/snoozes", { key: item.key, until });
      assert.equal(bad.statusCode, 400, bad.body);
      assert.equal(bad.json().error.fields.until, message);
    }
    const malformed = await (as.coach as TestClient).post("/api/todo/snoozes", {
      key: item.key,
      until: "2026-13-01",
    });
    assert.equal(malformed.statusCode, 400);
    assert.ok(malformed.json().error.fields.until);
    const unknown = await (as.coach as TestClient).post("/api/todo/snoozes", {
      key: `plan_step:${randomUUID()}:${today}`,
      until: addDays(today, 2),
    });
    assert.equal(unknown.statusCode, 404);
    assert.equal((await list("coach")).items.length, 4, "nothing was half-saved");

    const ok = await (as.coach as TestClient).post("/api/todo/snoozes", {
      key: item.key,
      until: addDays(today, 2),
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const after = await list("coach");
    assert.ok(!after.items.some((i) => i.key === item.key));
    assert.deepEqual(
      after.snoozed.map((i) => [i.key, i.snoozedUntil]),
      [[item.key, addDays(today, 2)]],
    );
    assert.equal(after.dueCount, 3);
    // Someone else cannot bring it back; the coach can.
    const key = encodeURIComponent(item.key);
    assert.equal(
      (await (as.sameTeamCoach as TestClient).request("DELETE", `/api/todo/snoozes/${key}`)).statusCode,
      404,
    );
    assert.equal((await list("coach")).snoozed.length, 1);
    assert.equal(
      (await (as.coach as TestClient).request("DELETE", `/api/todo/snoozes/${key}`)).statusCode,
      204,
    );
    assert.equal((await list("coach")).items.length, 4);
    assert.equal(
      (await (as.coach as TestClient).request("DELETE", `/api/todo/snoozes/${key}`)).statusCode,
      404,
    );
  });

  test("a follow-along call by phone, or an employer visit without the client, is not the V12 visit", async () => {
    for (const [type, mode, place, participants] of [
      ["phone_call", "phone", "remote", ["client"]],
      ["client_meeting", "video", "remote", ["client"]],
      ["workplace_visit", "face_to_face", "workplace", ["employer"]],
    ] as const) {
      const recorded = await (as.coach as TestClient).post(`/api/clients/${client.clientId}/activities`, {
        occurredAt: new Date().toISOString(),
        durationMinutes: 15,
        type,
        mode,
        place,
        participants,
        purposes: ["follow_along_client", "follow_along_employer"],
      });
      assert.equal(recorded.statusCode, 201, recorded.body);
      const kinds = (await list("coach")).items.map((i) => i.kind);
      assert.ok(kinds.includes("follow_along_after_start"), `${type} ${mode} ${participants}`);
      // Any contact still counts as a contact: the 30-day item is gone (V14, not V12).
      assert.ok(!kinds.includes("no_contact_30_days"), type);
    }
  });

  test("doing the thing clears it", async () => {
    const recorded = await (as.coach as TestClient).post(`/api/clients/${client.clientId}/activities`, {
      occurredAt: new Date().toISOString(),
      durationMinutes: 30,
      type: "workplace_visit",
      mode: "face_to_face",
      place: "workplace",
      participants: ["client", "employer"],
      purposes: ["follow_along_client"],
    });
    assert.equal(recorded.statusCode, 201, recorded.body);
    // V1: benefits planning made for this job (late, after the start, still counts).
    const planned = await (as.coach as TestClient).post(
      `/api/clients/${client.clientId}/plans/benefits_planning`,
      {
        content: {
          doneOn: today,
          byTrainedPlanner: false,
          benefitsInPlace: ["housing_allowance"],
          checklistDone: [],
          notes: null,
        },
      },
    );
    assert.equal(planned.statusCode, 201, planned.body);
    const again = await (as.coach as TestClient).post(`/api/organisations/${orgId}/employer-contacts`, {
      employerId,
      occurredAt: new Date().toISOString(),
      faceToFace: true,
      purposes: ["learn_needs"],
      outcome: "nothing_yet",
    });
    assert.equal(again.statusCode, 201, again.body);
    const body = await list("coach");
    // What is left is the next instance the pattern asks for: a weekly visit in a week (V12).
    assert.deepEqual(
      body.items.map((i) => [i.kind, i.due, i.overdue]),
      [["follow_along_weekly", addDays(today, 7), false]],
    );
    assert.equal(body.dueCount, 0);
  });

  test("a plan step with a date is listed until it is marked done", async () => {
    const url = `/api/clients/${client.clientId}/plans/job_search_plan`;
    const step = { text: "Päivitä CV", owner: "client", due: ago(2) };
    assert.equal((await (as.coach as TestClient).post(url, { content: { steps: [step] } })).statusCode, 201);
    const listed = (await list("coach")).items.filter((i) => i.kind === "plan_step");
    assert.deepEqual(
      listed.map((i) => [i.due, i.overdue]),
      [[ago(2), true]],
    );
    const tomorrow = await (as.coach as TestClient).post(url, {
      content: { steps: [{ ...step, doneOn: addDays(today, 1) }] },
    });
    assert.equal(tomorrow.statusCode, 400, tomorrow.body);
    assert.equal(
      tomorrow.json().error.fields["content.steps.0.doneOn"],
      "The date cannot be in the future. Check the date.",
    );
    assert.ok(
      (await list("coach")).items.some((i) => i.kind === "plan_step"),
      "nothing was saved",
    );
    const done = await (as.coach as TestClient).post(url, {
      content: { steps: [{ ...step, doneOn: today }] },
    });
    assert.equal(done.statusCode, 201, done.body);
    assert.ok(!(await list("coach")).items.some((i) => i.kind === "plan_step"));
  });

  test("a list read names only the clients shown, and the same list again that day is not re-logged", async () => {
    const team = (await buildTeam(t.database, orgId, "ips_team")).id;
    await signIn(
      "quiet",
      await buildStaff(t.database, { organisationId: orgId, role: "coach", teamId: team }),
    );
    const quiet = (people.quiet as BuiltStaff).id;
    const seen = await buildClientWithConsent(t.database, {
      organisationId: orgId,
      ipsTeamId: team,
      coachUserId: quiet,
    });
    const unseen = await buildClientWithConsent(t.database, {
      organisationId: orgId,
      ipsTeamId: team,
      coachUserId: quiet,
    });
    const setAgreement = (episodeId: string, day: string) =>
      t.database.db
        .updateTable("episode")
        .set({ referral_date: day, decision_date: day, agreement_date: day })
        .where("id", "=", episodeId)
        .execute();
    await setAgreement(seen.episodeId, ago(40));
    const entries = async () =>
      (
        await t.database.db
          .selectFrom("audit_event")
          .select("details")
          .where("event_type", "=", "todo.viewed")
          .where("actor_user_id", "=", quiet)
          .orderBy("seq")
          .execute()
      ).map((a) => (a.details as { clientIds: string[] }).clientIds);
    // The unseen client has nothing due within the week: not named, though on the caseload.
    assert.deepEqual(
      (await list("quiet")).items.map((i) => i.client?.id),
      [seen.clientId],
    );
    await list("quiet");
    await list("quiet");
    assert.deepEqual(await entries(), [[seen.clientId]], "three home visits, one entry");
    // The list changes: the other client now shows, and the read is logged at once.
    await setAgreement(unseen.episodeId, ago(40));
    await list("quiet");
    assert.deepEqual(await entries(), [[seen.clientId], [seen.clientId, unseen.clientId].sort()]);
    // The client's use log ("who has seen this record"): two entries for four home visits.
    const lead = await buildStaff(t.database, { organisationId: orgId, role: "team_lead", teamId: team });
    const leadClient = t.client();
    await leadClient.signIn(lead.email, lead.password);
    const use = await leadClient.get(`/api/clients/${seen.clientId}/record-use`);
    assert.equal(use.statusCode, 200, use.body);
    const reads = (use.json() as { entries: Array<{ eventType: string }> }).entries.filter(
      (e) => e.eventType === "todo.viewed",
    );
    assert.equal(reads.length, 2, use.body);
  });

  test("a calendar read names only the clients whose items its days show", async () => {
    const team = (await buildTeam(t.database, orgId, "ips_team")).id;
    await signIn(
      "calendarCoach",
      await buildStaff(t.database, { organisationId: orgId, role: "coach", teamId: team }),
    );
    const me = (people.calendarCoach as BuiltStaff).id;
    const shown = await buildClientWithConsent(t.database, {
      organisationId: orgId,
      ipsTeamId: team,
      coachUserId: me,
    });
    const notShown = await buildClientWithConsent(t.database, {
      organisationId: orgId,
      ipsTeamId: team,
      coachUserId: me,
    });
    await t.database.db
      .updateTable("episode")
      .set({ referral_date: ago(40), decision_date: ago(40), agreement_date: ago(40) })
      .where("id", "=", shown.episodeId)
      .execute();
    const response = await (as.calendarCoach as TestClient).get(`/api/todo/due?from=${ago(30)}&to=${today}`);
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(
      [...new Set((response.json() as { items: Item[] }).items.map((i) => i.client?.id))],
      [shown.clientId],
    );
    const entries = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "todo.viewed")
      .where("actor_user_id", "=", me)
      .execute();
    // The other caseload client had nothing on these days: the calendar did not show them.
    assert.deepEqual(
      entries.map((e) => (e.details as { clientIds: string[] }).clientIds),
      [[shown.clientId]],
    );
    assert.ok(!JSON.stringify(entries).includes(notShown.clientId));
  });
});
