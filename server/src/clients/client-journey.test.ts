import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * The client journey through the HTTP API, as a coach walks it: referral → decision → agreement →
 * career profile → hold → closure → re-referral, with the rules that guard each step and the audit
 * entry each step leaves (naming the client by id only, never by name or henkilötunnus).
 */
const today = helsinkiDate();
const daysAgo = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** A valid henkilötunnus (DDMMYY, century sign, individual number, check character). */
function hetu(ddmmyy: string, sign: string, individual: string): string {
  return `${ddmmyy}${sign}${individual}${"0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(`${ddmmyy}${individual}`) % 31]}`;
}

describe("client journey", () => {
  let t: TestApp;
  let coach: TestClient;
  let teamId: string;
  let coachId: string;

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    teamId = (await buildTeam(t.database, org.id, "ips_team")).id;
    const person = await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId });
    coachId = person.id;
    coach = t.client();
    await coach.signIn(person.email, person.password);
  });
  after(() => t.close());

  async function newClient(firstName: string, lastName: string, extra: Record<string, unknown> = {}) {
    const response = await coach.post("/api/clients", {
      client: { firstName, lastName, ...extra },
      referral: {
        referralDate: daysAgo(60),
        source: "self",
        situationAtStart: "unemployed",
        ipsTeamId: teamId,
        coachUserId: coachId,
      },
    });
    assert.equal(response.statusCode, 201, response.body);
    const { clientId, episodeId } = response.json();
    return { clientId: clientId as string, episodeId: episodeId as string };
  }
  const episodeUrl = (c: { clientId: string; episodeId: string }, action: string) =>
    `/api/clients/${c.clientId}/episodes/${c.episodeId}/${action}`;
  function expectFieldError(response: LightMyRequestResponse, field: string) {
    assert.equal(response.statusCode, 400, response.body);
    assert.ok(response.json().error.fields?.[field], `expected a problem with ${field}: ${response.body}`);
  }
  async function outreach(c: { clientId: string; episodeId: string }, retracted = false) {
    const org = await t.database.db
      .selectFrom("client")
      .select("organisation_id")
      .where("id", "=", c.clientId)
      .executeTakeFirstOrThrow();
    await t.database.db
      .insertInto("activity")
      .values({
        organisation_id: org.organisation_id,
        client_id: c.clientId,
        episode_id: c.episodeId,
        author_user_id: coachId,
        occurred_at: new Date(`${daysAgo(5)}T09:00:00Z`),
        duration_minutes: 10,
        type: "outreach_attempt",
        mode: "phone",
        place: "remote",
        purposes: ["engagement"],
        ...(retracted ? { retracted_at: new Date(), retracted_by: coachId, retraction_reason: "typo" } : {}),
      })
      .execute();
  }

  test("a client walks referral → engagement → career profile → job search → hold → closure → re-referral", async () => {
    const id = hetu("150385", "Y", "123");
    const c = await newClient("Aino", "Polkunen", { henkilotunnus: id });

    const created = await coach.get(`/api/clients/${c.clientId}`);
    assert.equal(created.statusCode, 200, created.body);
    const record = created.json();
    assert.equal(record.phase, "referred");
    assert.equal(record.access, "full");
    assert.equal(record.canEdit, true);
    assert.equal(record.details.henkilotunnus, id);
    assert.equal(record.details.birthDate, "1985-03-15");
    assert.equal(record.details.birthYear, 1985);
    const [y, m, d] = today.split("-").map(Number) as [number, number, number];
    assert.equal(record.details.age, y - 1985 - (m < 3 || (m === 3 && d < 15) ? 1 : 0));
    assert.equal(record.episodes.length, 1);
    assert.equal(record.episodes[0].assignment.coachUserId, coachId);

    const accepted = await coach.post(episodeUrl(c, "decision"), {
      decision: "accepted",
      decisionDate: daysAgo(55),
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.equal(accepted.json().phase, "engagement");
    const again = await coach.post(episodeUrl(c, "decision"), { decision: "accepted", decisionDate: today });
    expectFieldError(again, "decision");

    const agreed = await coach.post(episodeUrl(c, "agreement"), { agreementDate: daysAgo(50) });
    assert.equal(agreed.statusCode, 200, agreed.body);
    assert.equal(agreed.json().phase, "career_profile");
    assert.equal(agreed.json().episodes[0].agreementDate, daysAgo(50));

    // No plans API yet: the career profile is inserted for setup.
    await t.database.db
      .insertInto("episode_document")
      .values({
        episode_id: c.episodeId,
        kind: "career_profile",
        version: 1,
        content: JSON.stringify({ preferences: "gardening" }),
        created_by: coachId,
      })
      .execute();
    assert.equal((await coach.get(`/api/clients/${c.clientId}`)).json().phase, "job_search");

    const held = await coach.post(episodeUrl(c, "hold"), { onHold: true, since: daysAgo(10) });
    assert.equal(held.statusCode, 200, held.body);
    assert.equal(held.json().phase, "on_hold");
    const resumed = await coach.post(episodeUrl(c, "hold"), { onHold: false });
    assert.equal(resumed.statusCode, 200, resumed.body);
    assert.equal(resumed.json().phase, "job_search");

    const closed = await coach.post(episodeUrl(c, "closure"), {
      closureDate: daysAgo(1),
      closureReason: "client_wish",
    });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().phase, "closed");
    assert.equal(closed.json().episodes[0].closureReason, "client_wish");

    // A closed episode is history: no step changes it.
    expectFieldError(await coach.post(episodeUrl(c, "hold"), { onHold: true }), "episode");
    expectFieldError(
      await coach.post(episodeUrl(c, "closure"), { closureDate: today, closureReason: "other" }),
      "episode",
    );
    expectFieldError(
      await coach.post(episodeUrl(c, "assignment"), {
        ipsTeamId: teamId,
        coachUserId: null,
        treatmentTeamId: null,
      }),
      "episode",
    );

    const referral = {
      referralDate: today,
      source: "family",
      situationAtStart: "sick_leave",
      ipsTeamId: teamId,
    };
    const reReferred = await coach.post(`/api/clients/${c.clientId}/episodes`, referral);
    assert.equal(reReferred.statusCode, 200, reReferred.body);
    const episodes = reReferred.json().episodes;
    assert.equal(episodes.length, 2);
    assert.equal(episodes[0].previousEpisodeId, c.episodeId);
    assert.equal(episodes[0].phase, "referred");
    assert.equal(reReferred.json().phase, "referred");
    expectFieldError(await coach.post(`/api/clients/${c.clientId}/episodes`, referral), "episode");
    assert.equal((await coach.get(`/api/clients/${c.clientId}`)).json().episodes.length, 2);

    const audit = await t.database.db
      .selectFrom("audit_event")
      .select(["event_type", "target_type", "details"])
      .where("target_id", "=", c.clientId)
      .orderBy("seq")
      .execute();
    const types = new Set(audit.map((a) => a.event_type));
    for (const type of [
      "client.created",
      "client.viewed",
      "episode.opened",
      "episode.referral_decided",
      "episode.agreement_recorded",
      "episode.on_hold_changed",
      "episode.closed",
    ]) {
      assert.ok(types.has(type), `audit has ${type}: ${[...types].join(", ")}`);
    }
    assert.equal(audit.filter((a) => a.event_type === "episode.opened").length, 2);
    assert.equal(audit.filter((a) => a.event_type === "episode.on_hold_changed").length, 2);
    for (const a of audit) {
      assert.equal(a.target_type, "client");
      const details = typeof a.details === "string" ? a.details : JSON.stringify(a.details);
      for (const secret of ["Aino", "Polkunen", id, "150385"])
        assert.ok(!details.includes(secret), `${a.event_type} details name the client: ${details}`);
    }
  });

  test("declining needs a coded reason; a declined episode is history", async () => {
    const c = await newClient("Eero", "Hylkynen", { birthYear: 1990 });
    const noReason = await coach.post(episodeUrl(c, "decision"), {
      decision: "declined",
      decisionDate: today,
    });
    expectFieldError(noReason, "declineReason");
    assert.equal((await coach.get(`/api/clients/${c.clientId}`)).json().phase, "referred");

    const declined = await coach.post(episodeUrl(c, "decision"), {
      decision: "declined",
      decisionDate: today,
      declineReason: "chose_other_service",
    });
    assert.equal(declined.statusCode, 200, declined.body);
    assert.equal(declined.json().phase, "declined");
    assert.equal(declined.json().episodes[0].declineReason, "chose_other_service");
    expectFieldError(await coach.post(episodeUrl(c, "agreement"), { agreementDate: today }), "episode");
  });

  test("lost contact closes only after three recorded, non-retracted outreach attempts", async () => {
    const c = await newClient("Outi", "Tavoittamaton");
    const lost = { closureDate: today, closureReason: "lost_contact" };
    expectFieldError(await coach.post(episodeUrl(c, "closure"), lost), "closureReason");
    await outreach(c);
    await outreach(c);
    await outreach(c, true);
    const tooFew = await coach.post(episodeUrl(c, "closure"), lost);
    expectFieldError(tooFew, "closureReason");
    const still = (await coach.get(`/api/clients/${c.clientId}`)).json();
    assert.equal(still.phase, "referred");
    assert.equal(still.episodes[0].outreachAttempts, 2);

    await outreach(c);
    const closed = await coach.post(episodeUrl(c, "closure"), lost);
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().phase, "closed");
    assert.equal(closed.json().episodes[0].closureReason, "lost_contact");
    assert.equal(closed.json().episodes[0].outreachAttempts, 3);
  });

  test("dates in the future or before the referral are refused and change nothing", async () => {
    const c = await newClient("Tuuli", "Päiväinen");
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const beforeReferral = daysAgo(61);
    for (const date of [tomorrow, beforeReferral]) {
      expectFieldError(
        await coach.post(episodeUrl(c, "decision"), { decision: "accepted", decisionDate: date }),
        "decisionDate",
      );
      expectFieldError(
        await coach.post(episodeUrl(c, "agreement"), { agreementDate: date }),
        "agreementDate",
      );
      expectFieldError(await coach.post(episodeUrl(c, "hold"), { onHold: true, since: date }), "since");
      expectFieldError(
        await coach.post(episodeUrl(c, "closure"), { closureDate: date, closureReason: "client_wish" }),
        "closureDate",
      );
    }
    const record = (await coach.get(`/api/clients/${c.clientId}`)).json();
    assert.equal(record.phase, "referred");
    assert.equal(record.episodes[0].agreementDate, null);
    assert.equal(record.episodes[0].onHold, false);
  });
});
