import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { type BuiltStaff, buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * Caseloads and search as coaches and team leaders see them: only the coach's own clients, the
 * active count against the limit of 20, the reminders computed from dated facts (activities and
 * jobs are inserted directly, as there is no API to back-date them yet), reassignment, and search.
 */
const today = helsinkiDate();
const daysAgo = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
function hetu(ddmmyy: string, sign: string, individual: string): string {
  return `${ddmmyy}${sign}${individual}${"0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(`${ddmmyy}${individual}`) % 31]}`;
}
type Entry = {
  clientId: string;
  name: string;
  phase: string;
  daysSinceLastContact: number | null;
  flags: string[];
};

describe("caseloads and search", () => {
  let t: TestApp;
  let orgId: string;
  let teamA: string;
  const people: Record<string, BuiltStaff> = {};
  const as: Record<string, TestClient> = {};
  const who = (key: string) => as[key] as TestClient;
  const idOf = (key: string) => (people[key] as BuiltStaff).id;

  before(async () => {
    t = await createTestApp();
    orgId = (await buildOrganisation(t.database)).id;
    teamA = (await buildTeam(t.database, orgId, "ips_team")).id;
    const teamB = (await buildTeam(t.database, orgId, "ips_team")).id;
    for (const [key, role, teamId] of [
      ["c1", "coach", teamA],
      ["c2", "coach", teamA],
      ["lead", "team_lead", teamA],
      ["cB", "coach", teamB],
    ] as const) {
      people[key] = await buildStaff(t.database, { organisationId: orgId, role, teamId });
      as[key] = t.client();
      await who(key).signIn((people[key] as BuiltStaff).email, (people[key] as BuiltStaff).password);
    }
  });
  after(() => t.close());

  async function newClient(
    firstName: string,
    lastName: string,
    o: { coach?: string | null; referred?: number; agreed?: number; henkilotunnus?: string } = {},
  ) {
    const response = await who("c1").post("/api/clients", {
      client: { firstName, lastName, ...(o.henkilotunnus ? { henkilotunnus: o.henkilotunnus } : {}) },
      referral: {
        referralDate: daysAgo(o.referred ?? 90),
        source: "self",
        situationAtStart: "unemployed",
        ipsTeamId: teamA,
        coachUserId: o.coach === undefined ? idOf("c1") : o.coach === null ? null : idOf(o.coach),
      },
    });
    assert.equal(response.statusCode, 201, response.body);
    const c = response.json() as { clientId: string; episodeId: string };
    if (o.agreed !== undefined) {
      const url = `/api/clients/${c.clientId}/episodes/${c.episodeId}/agreement`;
      const agreed = await who("c1").post(url, { agreementDate: daysAgo(o.agreed) });
      assert.equal(agreed.statusCode, 200, agreed.body);
    }
    return c;
  }
  async function activity(
    c: { clientId: string; episodeId: string },
    daysBack: number,
    type: string,
    mode = "face_to_face",
    retracted = false,
  ) {
    await t.database.db
      .insertInto("activity")
      .values({
        organisation_id: orgId,
        client_id: c.clientId,
        episode_id: c.episodeId,
        author_user_id: idOf("c1"),
        occurred_at: new Date(`${daysAgo(daysBack)}T09:00:00Z`),
        duration_minutes: 30,
        type,
        mode,
        place: "community",
        purposes: ["other"],
        ...(retracted ? { retracted_at: new Date(), retracted_by: idOf("c1") } : {}),
      })
      .execute();
  }
  async function caseload(key: string) {
    const response = await who(key).get("/api/caseload");
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    const byId = new Map<string, Entry>(body.clients.map((e: Entry) => [e.clientId, e]));
    return { body, byId };
  }

  test("a coach's caseload holds only their clients, counts the active ones and flags what is due", async () => {
    const quiet = await newClient("Hiljainen", "Asiakas", { agreed: 20 });
    await activity(quiet, 15, "client_meeting");
    await activity(quiet, 1, "documentation"); // documentation is not contact
    await activity(quiet, 1, "client_meeting", "face_to_face", true); // retracted
    const noEmployer = await newClient("Odottava", "Asiakas", { agreed: 31 });
    await activity(noEmployer, 1, "client_meeting");
    const worker = await newClient("Tyollinen", "Asiakas", { agreed: 60 });
    await activity(worker, 1, "phone_call", "phone");
    await activity(worker, 40, "employer_contact");
    const employer = await t.database.db
      .insertInto("employer")
      .values({ organisation_id: orgId, name: "Oy Testi Ab", created_by: idOf("c1") })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.database.db
      .insertInto("job")
      .values({
        episode_id: worker.episodeId,
        employer_id: employer.id,
        title: "Gardener",
        start_date: daysAgo(10),
        contract_type: "fixed_term",
        created_by: idOf("c1"),
      })
      .execute();
    const fresh = await newClient("Tuore", "Asiakas", { referred: 0 });
    const others = await newClient("Toisen", "Asiakas", { coach: "c2", agreed: 5 });

    const { body, byId } = await caseload("c1");
    assert.equal(body.coachUserId, idOf("c1"));
    assert.equal(body.limit, 20);
    assert.deepEqual(
      [...byId.keys()].sort(),
      [quiet, noEmployer, worker, fresh].map((c) => c.clientId).sort(),
    );
    assert.equal(body.activeCount, 3, "the referred client is not active yet");
    assert.ok(!byId.has(others.clientId));

    assert.deepEqual(byId.get(quiet.clientId), {
      clientId: quiet.clientId,
      name: "Hiljainen Asiakas",
      phase: "career_profile",
      daysSinceLastContact: 15,
      flags: ["no_contact_14_days"],
    });
    assert.equal(byId.get(noEmployer.clientId)?.daysSinceLastContact, 1);
    assert.deepEqual(byId.get(noEmployer.clientId)?.flags, ["no_employer_contact_30_days"]);
    assert.equal(byId.get(worker.clientId)?.phase, "working");
    assert.deepEqual(byId.get(worker.clientId)?.flags, ["job_started_recently", "follow_up_due"]);
    assert.equal(byId.get(fresh.clientId)?.phase, "referred");
    assert.deepEqual(byId.get(fresh.clientId)?.flags, []);
    assert.equal(body.clients[0].flags.length, 2, "the most reminders come first");

    // A phone call to an employer is not face-to-face job development; a visit is.
    await activity(noEmployer, 2, "employer_contact", "phone");
    assert.deepEqual((await caseload("c1")).byId.get(noEmployer.clientId)?.flags, [
      "no_employer_contact_30_days",
    ]);
    await activity(noEmployer, 2, "employer_contact");
    assert.deepEqual((await caseload("c1")).byId.get(noEmployer.clientId)?.flags, []);

    const c2 = await caseload("c2");
    assert.deepEqual([...c2.byId.keys()], [others.clientId]);
    assert.equal(c2.body.activeCount, 1);
  });

  test("the team lead sees the coaches side by side and the unassigned clients; a coach sees no teams", async () => {
    const mine = await newClient("Ykkosen", "Asiakas", { agreed: 3 });
    const theirs = await newClient("Kakkosen", "Asiakas", { coach: "c2", agreed: 3 });
    const nobody = await newClient("Vailla", "Valmentajaa", { coach: null });

    const response = await who("lead").get("/api/team-caseloads");
    assert.equal(response.statusCode, 200, response.body);
    const teams = response.json();
    assert.deepEqual(
      teams.map((x: { teamId: string }) => x.teamId),
      [teamA],
    );
    const coaches = new Map<string, { clients: Entry[] }>(
      teams[0].caseloads.map((c: { coachUserId: string; clients: Entry[] }) => [c.coachUserId, c]),
    );
    assert.deepEqual([...coaches.keys()].sort(), [idOf("c1"), idOf("c2")].sort());
    const ids = (key: string) => coaches.get(idOf(key))?.clients.map((e) => e.clientId) ?? [];
    assert.ok(ids("c1").includes(mine.clientId) && !ids("c1").includes(theirs.clientId));
    assert.ok(ids("c2").includes(theirs.clientId) && !ids("c2").includes(mine.clientId));
    assert.deepEqual(
      teams[0].unassigned.map((e: Entry) => e.clientId),
      [nobody.clientId],
    );

    const asCoach = await who("c1").get("/api/team-caseloads");
    assert.equal(asCoach.statusCode, 200);
    assert.deepEqual(asCoach.json(), []);
  });

  test("reassigning moves the client between caseloads and keeps the old assignment, ended", async () => {
    const c = await newClient("Siirtyva", "Asiakas", { agreed: 2 });
    assert.ok((await caseload("c1")).byId.has(c.clientId));
    const moved = await who("c1").post(`/api/clients/${c.clientId}/episodes/${c.episodeId}/assignment`, {
      ipsTeamId: teamA,
      coachUserId: idOf("c2"),
      treatmentTeamId: null,
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().episodes[0].assignment.coachUserId, idOf("c2"));
    assert.ok(!(await caseload("c1")).byId.has(c.clientId));
    assert.ok((await caseload("c2")).byId.has(c.clientId));

    const rows = await t.database.db
      .selectFrom("episode_assignment")
      .select(["coach_user_id", "valid_to"])
      .where("episode_id", "=", c.episodeId)
      .orderBy("valid_from")
      .execute();
    assert.equal(rows.length, 2);
    assert.equal(rows[0]?.coach_user_id, idOf("c1"));
    assert.notEqual(rows[0]?.valid_to, null);
    assert.equal(rows[1]?.coach_user_id, idOf("c2"));
    assert.equal(rows[1]?.valid_to, null);
  });

  test("search finds by name prefix, exact henkilötunnus and phase, within the gate, and logs no search text", async () => {
    const code = hetu("110880", "-", "234");
    const kaisa = await newClient("Kaisa", "Virtanen", { henkilotunnus: code, referred: 0 });
    const kalle = await newClient("Kalle", "Virta", { agreed: 1 });
    const ids = async (key: string, query: string) => {
      const response = await who(key).get(`/api/clients${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().map((c: { id: string }) => c.id) as string[];
    };
    assert.deepEqual(await ids("c1", "?q=KAIS%20virt"), [kaisa.clientId]);
    assert.deepEqual(await ids("c1", "?q=virt%20kais"), [kaisa.clientId]);
    assert.deepEqual((await ids("c1", "?q=virt")).sort(), [kaisa.clientId, kalle.clientId].sort());
    assert.deepEqual(await ids("c1", "?q=irta"), [], "a prefix, not a substring");
    assert.deepEqual(await ids("c1", `?q=${code}`), [kaisa.clientId]);
    assert.deepEqual(await ids("c1", `?q=${code.toLowerCase()}`), [kaisa.clientId]);
    assert.deepEqual(await ids("c1", `?q=${code.slice(0, 7)}`), [], "no partial henkilötunnus match");
    const referred = await ids("c1", "?phase=referred");
    assert.ok(referred.includes(kaisa.clientId) && !referred.includes(kalle.clientId));
    const agreed = await ids("c1", "?q=virt&phase=career_profile");
    assert.deepEqual(agreed, [kalle.clientId]);

    // The phase filter applies to all matches, not only to the first page sorted by name.
    const last = await newClient("Zeta", "Zzvirta", { referred: 0 });
    assert.deepEqual(await ids("c1", "?q=zeta&phase=referred&limit=1"), [last.clientId]);
    await newClient("Zeta", "Zavirta", { agreed: 1 });
    await newClient("Zeta", "Zbvirta", { agreed: 1 });
    assert.deepEqual(await ids("c1", "?q=zeta&phase=referred&limit=1"), [last.clientId]);

    assert.deepEqual(await ids("cB", `?q=${code}`), []);
    assert.deepEqual(await ids("cB", "?q=kaisa"), []);
    assert.equal((await who("cB").get(`/api/clients/${kaisa.clientId}`)).statusCode, 404);

    const searches = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "client.searched")
      .where("actor_user_id", "=", idOf("c1"))
      .execute();
    assert.ok(searches.length >= 9);
    for (const s of searches) {
      const details = (typeof s.details === "string" ? s.details : JSON.stringify(s.details)).toLowerCase();
      for (const text of ["kais", "virt", code.toLowerCase(), code.slice(0, 7).toLowerCase()])
        assert.ok(!details.includes(text), `search text in the audit: ${details}`);
    }
    const found = searches.map((s) =>
      typeof s.details === "string" ? s.details : JSON.stringify(s.details),
    );
    assert.ok(
      found.some((d) => d.includes(kaisa.clientId)),
      "the clients found are logged",
    );
  });
});
