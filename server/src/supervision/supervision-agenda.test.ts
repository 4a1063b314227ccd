import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { addDays, helsinkiDate } from "../../../core/time/dates.ts";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildTeam } from "../platform/testing/factories.ts";
import { buildSignedInStaff } from "../platform/testing/signed-in-staff.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * The supervision agenda on a team built by hand: each kind of line from dated facts inserted
 * directly (there is no API to back-date them), the caseload against FTE, the week's face-to-face
 * employer contacts, the gate (only the team's lead) and the audit of the clients named.
 */
const today = helsinkiDate();
const ago = (n: number) => addDays(today, -n);

type Agenda = {
  teamId: string;
  coaches: Array<{
    coachUserId: string;
    fte: number | null;
    activeCount: number;
    caseloadLimit: number | null;
    caseloadOver: boolean | null;
    employerContacts: { count: number; target: number; met: boolean };
    clients: Array<{ clientId: string; name: string; items: Array<{ kind: string }> }>;
  }>;
  unassigned: Array<{ clientId: string; items: Array<{ kind: string }> }>;
};

describe("the team lead's supervision agenda", () => {
  let t: TestApp;
  let orgId: string;
  let teamA: string;
  let employerId: string;
  let who: (key: string) => TestClient;
  let idOf: (key: string) => string;
  const clients: Record<string, { clientId: string; episodeId: string }> = {};
  const url = () => `/api/organisations/${orgId}/teams/${teamA}/supervision`;

  async function client(
    name: string,
    o: { coach: string | null; referred: number; agreed: number | null; decision?: "pending" | "accepted" },
  ) {
    const c = await buildClientWithConsent(t.database, {
      organisationId: orgId,
      ipsTeamId: teamA,
      coachUserId: o.coach ? idOf(o.coach) : null,
      createdBy: idOf("lead"),
      firstName: name,
    });
    await t.database.db
      .updateTable("episode")
      .set({
        referral_date: ago(o.referred),
        referral_decision: o.decision ?? "accepted",
        decision_date: o.decision === "pending" ? null : ago(o.referred),
        agreement_date: o.agreed === null ? null : ago(o.agreed),
      })
      .where("id", "=", c.episodeId)
      .execute();
    clients[name] = c;
    return c;
  }
  const activity = (name: string, daysBack: number, type: string, mode: string) =>
    t.database.db
      .insertInto("activity")
      .values({
        organisation_id: orgId,
        client_id: (clients[name] as { clientId: string }).clientId,
        episode_id: (clients[name] as { episodeId: string }).episodeId,
        author_user_id: idOf("c1"),
        occurred_at: new Date(`${ago(daysBack)}T09:00:00Z`),
        duration_minutes: 30,
        type,
        mode,
        place: "workplace",
        purposes: ["other"],
      })
      .execute();
  const job = (name: string, start: number, end: number | null, endReason: string | null = null) =>
    t.database.db
      .insertInto("job")
      .values({
        episode_id: (clients[name] as { episodeId: string }).episodeId,
        employer_id: employerId,
        title: "Gardener",
        start_date: ago(start),
        end_date: end === null ? null : ago(end),
        end_reason: endReason,
        contract_type: "fixed_term",
        created_by: idOf("c1"),
      })
      .execute();
  async function employerContact(coach: string, at: Date, faceToFace: boolean, forClient?: string) {
    const contact = await t.database.db
      .insertInto("employer_contact")
      .values({
        organisation_id: orgId,
        employer_id: employerId,
        coach_user_id: idOf(coach),
        occurred_at: at,
        face_to_face: faceToFace,
        purposes: ["present_job_seeker"],
        outcome: "nothing_yet",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (forClient) {
      const c = clients[forClient] as { clientId: string; episodeId: string };
      await t.database.db
        .insertInto("employer_contact_client")
        .values({ employer_contact_id: contact.id, client_id: c.clientId, episode_id: c.episodeId })
        .execute();
    }
  }

  before(async () => {
    t = await createTestApp();
    orgId = (await buildOrganisation(t.database)).id;
    const otherOrg = (await buildOrganisation(t.database)).id;
    teamA = (await buildTeam(t.database, orgId, "ips_team")).id;
    const teamB = (await buildTeam(t.database, orgId, "ips_team")).id;
    const clinic = (await buildTeam(t.database, orgId, "treatment_team")).id;
    const otherTeam = (await buildTeam(t.database, otherOrg, "ips_team")).id;
    ({ who, idOf } = await buildSignedInStaff(t, [
      ["c1", "coach", orgId, teamA],
      ["c2", "coach", orgId, teamA],
      ["lead", "team_lead", orgId, teamA],
      ["leadB", "team_lead", orgId, teamB],
      ["clinician", "clinician", orgId, clinic],
      ["evaluator", "evaluator", orgId, null],
      ["admin", "org_admin", orgId, null],
      ["otherLead", "team_lead", otherOrg, otherTeam],
    ]));
    await t.database.db
      .updateTable("membership")
      .set({ fte: 0.1 })
      .where("user_id", "=", idOf("c1"))
      .execute();
    employerId = (
      await t.database.db
        .insertInto("employer")
        .values({ organisation_id: orgId, name: "Oy Testi Ab", created_by: idOf("c1") })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;

    await client("Searching31", { coach: "c1", referred: 60, agreed: 31 });
    await client("Searching30", { coach: "c1", referred: 60, agreed: 30 });
    await client("MetFaceToFace", { coach: "c1", referred: 90, agreed: 80 });
    await activity("MetFaceToFace", 5, "employer_contact", "face_to_face");
    await client("OnlyPhoned", { coach: "c1", referred: 90, agreed: 80 });
    await activity("OnlyPhoned", 5, "employer_contact", "phone");
    await client("Developed", { coach: "c1", referred: 90, agreed: 80 });
    await employerContact("c1", new Date(`${ago(10)}T09:00:00Z`), true, "Developed");
    await client("NewJob", { coach: "c2", referred: 90, agreed: 80 });
    await job("NewJob", 30, null);
    await client("LostJob", { coach: "c2", referred: 90, agreed: 80 });
    await job("LostJob", 100, 14, "dismissed");
    await client("BetterJob", { coach: "c2", referred: 90, agreed: 80 });
    await job("BetterJob", 100, 3, "resigned_for_better_job");
    await job("BetterJob", 2, null);
    await client("Waiting8", { coach: null, referred: 8, agreed: null, decision: "pending" });
    await client("Waiting7", { coach: null, referred: 7, agreed: null, decision: "pending" });

    // c1's week: two face-to-face contacts now, one by phone, one last week.
    await employerContact("c1", new Date(), true);
    await employerContact("c1", new Date(), true);
    await employerContact("c1", new Date(), false);
    await employerContact("c1", new Date(Date.now() - 8 * 86_400_000), true);
  });
  after(() => t.close());

  test("the team's lead sees each coach's lines, the caseload against FTE and the week's contacts", async () => {
    const response = await who("lead").get(url());
    assert.equal(response.statusCode, 200, response.body);
    const agenda = response.json() as Agenda;
    const coach = (key: string) => agenda.coaches.find((c) => c.coachUserId === idOf(key));
    const lines = (key: string) =>
      Object.fromEntries(
        (coach(key)?.clients ?? []).map((c) => [c.name.split(" ")[0], c.items.map((i) => i.kind)]),
      );
    assert.deepEqual(lines("c1"), {
      Searching31: ["no_employer_contact"],
      OnlyPhoned: ["no_employer_contact"],
    });
    assert.deepEqual(lines("c2"), { NewJob: ["new_job"], LostJob: ["job_loss"], BetterJob: ["new_job"] });
    assert.deepEqual(
      agenda.unassigned.map((c) => [c.clientId, c.items.map((i) => i.kind)]),
      [[clients.Waiting8?.clientId, ["referral_waiting"]]],
    );

    assert.deepEqual(
      { ...coach("c1"), clients: undefined, coachName: undefined },
      {
        coachUserId: idOf("c1"),
        coachName: undefined,
        clients: undefined,
        fte: 0.1,
        activeCount: 5,
        caseloadLimit: 2,
        caseloadOver: true,
        employerContacts: { count: 2, target: 0.6, met: true },
      },
    );
    const c2 = coach("c2");
    assert.equal(c2?.fte, null);
    assert.equal(c2?.caseloadLimit, null, "no FTE recorded: no limit is guessed");
    assert.equal(c2?.caseloadOver, null);
    assert.deepEqual(c2?.employerContacts, { count: 0, target: 6, met: false });
  });

  test("the read is audited naming exactly the clients on the agenda", async () => {
    const row = await t.database.db
      .selectFrom("audit_event")
      .select(["details", "organisation_id"])
      .where("event_type", "=", "supervision.agenda_viewed")
      .where("actor_user_id", "=", idOf("lead"))
      .orderBy("occurred_at", "desc")
      .executeTakeFirstOrThrow();
    const details = row.details as { teamId: string; clientIds: string[] };
    assert.equal(row.organisation_id, orgId);
    assert.equal(details.teamId, teamA);
    const named = ["Searching31", "OnlyPhoned", "NewJob", "LostJob", "BetterJob", "Waiting8"];
    assert.deepEqual([...details.clientIds].sort(), named.map((n) => clients[n]?.clientId).sort());
  });

  test("only the team's lead may open it: others in the organisation 403, another organisation 404", async () => {
    for (const key of ["c1", "leadB", "clinician", "evaluator", "admin"]) {
      const response = await who(key).get(url());
      assert.equal(response.statusCode, 403, `${key}: ${response.body}`);
      assert.equal(response.json().error.code, "forbidden");
    }
    const other = await who("otherLead").get(url());
    assert.equal(other.statusCode, 404);
    const wrongOrg = await who("lead").get(
      `/api/organisations/${crypto.randomUUID()}/teams/${teamA}/supervision`,
    );
    assert.equal(wrongOrg.statusCode, 404, "a team named under another organisation's address is not found");
    assert.equal((await t.client().get(url())).statusCode, 401);
    const denied = await t.database.db
      .selectFrom("audit_event")
      .select("actor_user_id")
      .where("event_type", "=", "access.denied")
      .where("actor_user_id", "in", [idOf("c1"), idOf("otherLead")])
      .execute();
    assert.ok(denied.length >= 2, "the denials are audited");
  });
});
