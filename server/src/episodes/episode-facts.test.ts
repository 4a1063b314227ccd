import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { derivePhase } from "../../../core/episodes/phase.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Database } from "../platform/db/database.ts";
import { buildOrganisation, buildStaff } from "../platform/testing/factories.ts";
import { createTestDatabase } from "../platform/testing/test-database.ts";
import { latestJobStartOn, phaseOn, refreshEpisodeFacts } from "./episode-facts.ts";

/**
 * Property-style check of the episode facts projection (ADR 0008): seeded, deterministic random
 * histories are written straight to the source tables (as any code path could), one statement at
 * a time and some statements touching many episodes; afterwards every projection row must equal
 * the facts recomputed here in TypeScript from the source rows, and the SQL phase on many days
 * must equal derivePhase.
 */
const CASES = 36;
const today = helsinkiDate();
const dayOffset = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const activityTypes = [
  "client_meeting",
  "outreach_attempt",
  "employer_contact",
  "job_interview",
  "phone_call",
  "documentation",
  "workplace_visit",
];
const contactTypes = [
  "client_meeting",
  "outreach_attempt",
  "network_meeting",
  "workplace_visit",
  "job_interview",
  "phone_call",
];
const modes = ["face_to_face", "phone", "video"];
const purposeSets = [
  ["job_search_support"],
  ["follow_along_client"],
  ["follow_along_employer", "other"],
  ["outreach"],
];

describe("episode facts projection", () => {
  let database: Database;
  let orgId: string;
  let userId: string;
  let employerId: string;
  const episodes: string[] = [];

  before(async () => {
    database = await createTestDatabase();
    orgId = (await buildOrganisation(database)).id;
    userId = (await buildStaff(database, { organisationId: orgId, role: "coach" })).id;
    employerId = (
      await database.db
        .insertInto("employer")
        .values({ organisation_id: orgId, name: "Työnantaja", created_by: userId })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  });
  after(async () => database.close());

  async function history(seed: number): Promise<string> {
    const r = prng(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
    const db = database.db;
    const referral = -Math.floor(100 + r() * 300);
    const client = await db
      .insertInto("client")
      .values({ organisation_id: orgId, first_name: "Testi", last_name: `H${seed}`, created_by: userId })
      .returning("id")
      .executeTakeFirstOrThrow();
    const episodeId = (
      await db
        .insertInto("episode")
        .values({
          client_id: client.id,
          organisation_id: orgId,
          referral_date: dayOffset(referral),
          referral_source: "self",
          situation_at_start: "unemployed",
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    const at = () =>
      new Date(
        `${dayOffset(referral + Math.floor(r() * -referral))}T${String(6 + Math.floor(r() * 14)).padStart(2, "0")}:30:00Z`,
      );
    const steps = 6 + Math.floor(r() * 14);
    for (let step = 0; step < steps; step++) {
      const op = Math.floor(r() * 12);
      const episode = db.updateTable("episode").where("id", "=", episodeId);
      if (op === 0) {
        const declined = r() < 0.2;
        await episode
          .set({
            referral_decision: declined ? "declined" : pick(["accepted", "pending"]),
            decline_reason: declined ? "other" : null,
          })
          .execute();
      } else if (op === 1) {
        await episode.set({ agreement_date: r() < 0.8 ? dayOffset(referral + 5) : null }).execute();
      } else if (op === 2) {
        await episode.set({ on_hold: r() < 0.5 }).execute();
      } else if (op === 3 && r() < 0.4) {
        const closed = r() < 0.5;
        await episode
          .set({
            closure_date: closed ? dayOffset(-Math.floor(r() * 20)) : null,
            closure_reason: closed ? "client_wish" : null,
          })
          .execute();
      } else if (op === 4) {
        const version =
          (await db.selectFrom("episode_document").select("id").where("episode_id", "=", episodeId).execute())
            .length + 1;
        await db
          .insertInto("episode_document")
          .values({
            episode_id: episodeId,
            kind: pick(["career_profile", "job_search_plan"]),
            version,
            content: "{}",
            created_by: userId,
          })
          .execute();
      } else if (op === 5 || op === 6) {
        await db
          .insertInto("activity")
          .values({
            organisation_id: orgId,
            client_id: client.id,
            episode_id: episodeId,
            author_user_id: userId,
            occurred_at: at(),
            duration_minutes: 30,
            type: pick(activityTypes),
            mode: pick(modes),
            place: "community",
            purposes: pick(purposeSets),
          })
          .execute();
      } else if (op === 7) {
        await db
          .updateTable("activity")
          .set({ type: pick(activityTypes), mode: pick(modes), retracted_at: r() < 0.5 ? new Date() : null })
          .where(
            "id",
            "=",
            sql<string>`(select id from activity where episode_id = ${episodeId} order by occurred_at limit 1)`,
          )
          .execute();
      } else if (op === 8) {
        const start = Math.floor(referral + r() * (-referral + 30));
        const end = r() < 0.5 ? null : start + Math.floor(r() * 60);
        await db
          .insertInto("job")
          .values({
            episode_id: episodeId,
            employer_id: employerId,
            title: "Työ",
            start_date: dayOffset(start),
            end_date: end === null ? null : dayOffset(end),
            end_reason: end === null ? null : "other",
            contract_type: "open_ended",
            created_by: userId,
          })
          .execute();
      } else if (op === 9) {
        await db
          .updateTable("job")
          .set({ end_date: sql`start_date + 10`, end_reason: "other" })
          .where("episode_id", "=", episodeId)
          .where("end_date", "is", null)
          .execute();
      } else if (op === 10) {
        const start = Math.floor(referral + r() * -referral);
        await db
          .insertInto("study")
          .values({
            episode_id: episodeId,
            institution: "Oppilaitos",
            programme: "Ohjelma",
            start_date: dayOffset(start),
            end_date: r() < 0.5 ? null : dayOffset(start + 30),
            created_by: userId,
          })
          .execute();
      } else {
        const contact = await db
          .insertInto("employer_contact")
          .values({
            organisation_id: orgId,
            employer_id: employerId,
            coach_user_id: userId,
            occurred_at: at(),
            face_to_face: r() < 0.6,
            purposes: ["job_search_support"],
            outcome: "nothing_yet",
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await db
          .insertInto("employer_contact_client")
          .values({ employer_contact_id: contact.id, client_id: client.id, episode_id: episodeId })
          .execute();
        if (r() < 0.3)
          await db
            .updateTable("employer_contact")
            .set({ retracted_at: new Date() })
            .where("id", "=", contact.id)
            .execute();
      }
    }
    return episodeId;
  }

  /** The facts of one episode recomputed in TypeScript from its source rows. */
  async function recompute(episodeId: string) {
    const db = database.db;
    const e = await db
      .selectFrom("episode")
      .selectAll()
      .where("id", "=", episodeId)
      .executeTakeFirstOrThrow();
    const acts = (
      await db.selectFrom("activity").selectAll().where("episode_id", "=", episodeId).execute()
    ).filter((a) => a.retracted_at === null);
    const jobs = await db.selectFrom("job").selectAll().where("episode_id", "=", episodeId).execute();
    const studies = await db.selectFrom("study").selectAll().where("episode_id", "=", episodeId).execute();
    const docs = await db
      .selectFrom("episode_document")
      .select("kind")
      .where("episode_id", "=", episodeId)
      .execute();
    const linked = await db
      .selectFrom("employer_contact_client as l")
      .innerJoin("employer_contact as c", "c.id", "l.employer_contact_id")
      .select(["c.occurred_at", "c.face_to_face", "c.retracted_at"])
      .where("l.episode_id", "=", episodeId)
      .execute();
    const ms = (xs: Date[]) => xs.map((d) => new Date(d).getTime());
    const min = (xs: number[]) => (xs.length ? Math.min(...xs) : null);
    const max = (xs: number[]) => (xs.length ? Math.max(...xs) : null);
    const during = (rows: { start_date: string; end_date: string | null }[], d: string) =>
      rows.filter((x) => x.start_date <= d && (x.end_date === null || x.end_date >= d)).length;
    return {
      e,
      jobs,
      studies,
      hasCareerProfile: docs.some((d) => d.kind === "career_profile"),
      firstEmployerContact: min([
        ...ms(
          acts
            .filter(
              (a) => a.mode === "face_to_face" && ["employer_contact", "job_interview"].includes(a.type),
            )
            .map((a) => a.occurred_at),
        ),
        ...ms(linked.filter((c) => c.face_to_face && c.retracted_at === null).map((c) => c.occurred_at)),
      ]),
      lastContact: max(ms(acts.filter((a) => contactTypes.includes(a.type)).map((a) => a.occurred_at))),
      lastFollowAlong: max(
        ms(
          acts.filter((a) => a.purposes.some((p) => p.startsWith("follow_along_"))).map((a) => a.occurred_at),
        ),
      ),
      outreach: acts.filter((a) => a.type === "outreach_attempt").length,
      during,
    };
  }

  test("stored facts and phases equal a recomputation over generated histories", async () => {
    for (let seed = 1; seed <= CASES; seed++) episodes.push(await history(seed));
    // One statement touching many episodes: the statement-level triggers refresh each of them.
    await database.db
      .updateTable("activity")
      .set({ retracted_at: new Date() })
      .where(
        "episode_id",
        "in",
        episodes.filter((_, i) => i % 3 === 0),
      )
      .where("type", "=", "client_meeting")
      .execute();
    const days = [-400, -200, -90, -30, -10, -1, 0, 15, 60].map(dayOffset);
    let checked = 0;
    for (const episodeId of episodes) {
      const want = await recompute(episodeId);
      const got = await database.db
        .selectFrom("episode_facts as f")
        .selectAll("f")
        .select([
          sql<string>`array_to_string(f.job_starts, ',')`.as("starts"),
          ...days.map((d, i) => phaseOn("f", d).as(`phase${i}`)),
          ...days.map((d, i) => latestJobStartOn("f", d).as(`latest${i}`)),
        ])
        .where("f.episode_id", "=", episodeId)
        .executeTakeFirstOrThrow();
      const row = got as unknown as Record<string, unknown>;
      const time = (v: unknown) => (v === null ? null : new Date(v as string).getTime());
      assert.equal(got.referral_decision, want.e.referral_decision);
      assert.equal(got.agreement_date, want.e.agreement_date);
      assert.equal(got.closure_date, want.e.closure_date);
      assert.equal(got.on_hold, want.e.on_hold);
      assert.equal(got.has_career_profile, want.hasCareerProfile);
      assert.equal(
        time(got.first_employer_contact_at),
        want.firstEmployerContact,
        `first employer contact, ${episodeId}`,
      );
      assert.equal(time(got.last_contact_at), want.lastContact);
      assert.equal(time(got.last_follow_along_at), want.lastFollowAlong);
      assert.equal(got.outreach_attempts, want.outreach);
      assert.equal(
        got.starts,
        want.jobs
          .map((j) => j.start_date)
          .sort()
          .join(","),
      );
      days.forEach((d, i) => {
        const phase = derivePhase({
          referralDecision: want.e.referral_decision as "pending" | "accepted" | "declined",
          agreementDate: want.e.agreement_date,
          closureDate: want.e.closure_date,
          onHold: want.e.on_hold,
          hasCareerProfile: want.hasCareerProfile,
          currentJobs: want.during(want.jobs, d),
          currentStudies: want.during(want.studies, d),
        });
        assert.equal(row[`phase${i}`], phase, `phase on ${d}, ${episodeId}`);
        const starts = want.jobs
          .map((j) => j.start_date)
          .filter((s) => s <= d)
          .sort();
        assert.equal(row[`latest${i}`], starts.at(-1) ?? null);
        checked++;
      });
    }
    assert.equal(episodes.length, CASES);
    assert.equal(checked, CASES * days.length);
    // The phases cover the whole range of the rule, so the check is not about one branch.
    const phases = await database.db
      .selectFrom("episode_facts as f")
      .select(phaseOn("f", today).as("p"))
      .where("f.episode_id", "in", episodes)
      .execute();
    assert.ok(new Set(phases.map((p) => p.p)).size >= 5, [...new Set(phases.map((p) => p.p))].join());
  });

  test("an explicit refresh leaves a current row unchanged", async () => {
    const before = await database.db
      .selectFrom("episode_facts")
      .selectAll()
      .where("episode_id", "in", episodes)
      .orderBy("episode_id")
      .execute();
    await refreshEpisodeFacts(database.db, episodes);
    const after = await database.db
      .selectFrom("episode_facts")
      .selectAll()
      .where("episode_id", "in", episodes)
      .orderBy("episode_id")
      .execute();
    assert.equal(before.length, CASES);
    assert.deepEqual(
      after.map(({ refreshed_at: _, ...rest }) => rest),
      before.map(({ refreshed_at: _, ...rest }) => rest),
    );
  });
});
