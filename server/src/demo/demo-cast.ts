import { sql } from "kysely";
import type { Phase } from "../../../core/episodes/phase.ts";
import { addDays } from "../../../core/time/dates.ts";
import { phaseOn } from "../episodes/episode-facts.ts";
import type { Executor } from "../platform/db/transaction.ts";
import type { DemoTeam } from "./demo-moments.ts";
import { type DemoKey, demoKeys } from "./demo-people.ts";

export type CastMember = { client: string; episode: string };
type Candidate = CastMember & { phase: Phase; jobJustEnded: boolean; trialOpen: boolean };

/** What a client must be on `today` to play a moment of the demo week. */
const roles: Record<DemoKey, (c: Candidate) => boolean> = {
  referred: (c) => c.phase === "referred",
  engagement: (c) => c.phase === "engagement",
  career_profile: (c) => c.phase === "career_profile",
  job_ended: (c) => c.phase === "job_search" && c.jobJustEnded,
  job_search: (c) => c.phase === "job_search" && !c.jobJustEnded && !c.trialOpen,
  work_trial: (c) => c.phase === "job_search" && !c.jobJustEnded && !c.trialOpen,
  working: (c) => c.phase === "working",
  studying: (c) => c.phase === "studying",
  on_hold: (c) => c.phase === "on_hold",
};

/**
 * Picks, from the demo coach's open caseload (the generator's), one client for each moment of the
 * demo week, so the week's appointments and contacts land on people whose record tells the same
 * story. Moments nobody can play are returned as `missing`; the seed adds their own client.
 */
export async function castDemoWeek(
  db: Executor,
  team: DemoTeam,
  today: string,
): Promise<{ cast: Map<DemoKey, CastMember>; missing: DemoKey[] }> {
  const candidates: Candidate[] = await db
    .selectFrom("episode_assignment as a")
    .innerJoin("episode as e", "e.id", "a.episode_id")
    .innerJoin("episode_facts as f", "f.episode_id", "e.id")
    .select([
      "e.client_id as client",
      "e.id as episode",
      phaseOn("f", today).as("phase"),
      sql<boolean>`exists (select 1 from job j where j.episode_id = e.id
        and j.end_date between ${addDays(today, -30)}::date and ${today}::date)`.as("jobJustEnded"),
      sql<boolean>`exists (select 1 from work_trial w where w.episode_id = e.id
        and (w.end_date is null or w.end_date >= ${today}::date))`.as("trialOpen"),
    ])
    .where("a.coach_user_id", "=", team.coachUserId)
    .where("a.valid_to", "is", null)
    .orderBy("e.referral_date")
    .orderBy("e.id")
    .execute();
  const cast = new Map<DemoKey, CastMember>();
  const taken = new Set<string>();
  for (const key of demoKeys) {
    const pick = candidates.find((c) => !taken.has(c.episode) && roles[key](c));
    if (!pick) continue;
    taken.add(pick.episode);
    cast.set(key, { client: pick.client, episode: pick.episode });
  }
  return { cast, missing: demoKeys.filter((key) => !cast.has(key)) };
}
