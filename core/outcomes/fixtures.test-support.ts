import type { EpisodeOutcomeFacts, OutcomeJob } from "./types.ts";

/** Builders for outcome test tables (not a test file: no tests of its own). */
export function episode(
  id: string,
  clientId: string,
  facts: Partial<Omit<EpisodeOutcomeFacts, "episodeId" | "clientId">> = {},
): EpisodeOutcomeFacts {
  return {
    episodeId: id,
    clientId,
    organisationId: "org",
    teamId: "team",
    coachUserId: "coach",
    referralDate: "2024-01-01",
    referralDecision: "accepted",
    decisionDate: "2024-01-02",
    situationAtStart: "unemployed",
    agreementDate: "2024-01-10",
    closureDate: null,
    firstEmployerContactOn: null,
    previousEpisodeId: null,
    jobs: [],
    studies: [],
    workTrials: [],
    ...facts,
  };
}

export function job(startDate: string, endDate: string | null, more: Partial<OutcomeJob> = {}): OutcomeJob {
  return {
    startDate,
    endDate,
    competitive: true,
    hoursPerWeek: null,
    hourlyWage: null,
    endReason: endDate === null ? null : "other",
    ...more,
  };
}

/** A small seeded PRNG (mulberry32): property tests run the same cases every time. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof seededRandom>;

const dayMs = 86_400_000;
/** The ISO date `days` after 2024-01-01 (the generated histories run 2024–2026). */
export function dayAt(days: number): string {
  return new Date(Date.UTC(2024, 0, 1) + days * dayMs).toISOString().slice(0, 10);
}

function spell(r: Random, from: number): { startDate: string; endDate: string | null } {
  const start = from + r.int(-60, 400);
  return { startDate: dayAt(start), endDate: r.chance(0.5) ? dayAt(start + r.int(0, 200)) : null };
}

const situations = [
  "employed",
  "unemployed",
  "sick_leave",
  "rehabilitation_subsidy",
  "full_disability_pension",
] as const;
const reasons = ["fixed_term_ended", "health", "dismissed", "resigned_other", null] as const;

/**
 * Random episodes of `clients` clients (ids prefixed), some clients re-entering, with jobs (some
 * parallel, some not competitive), studies and work trials scattered around 2024–2026.
 */
export function randomEpisodes(r: Random, prefix: string, clients: number): EpisodeOutcomeFacts[] {
  const out: EpisodeOutcomeFacts[] = [];
  for (let c = 0; c < clients; c++) {
    const spells = r.chance(0.2) ? 2 : 1;
    let from = r.int(0, 600);
    for (let k = 0; k < spells; k++) {
      const agreed = r.chance(0.85) ? from : null;
      const closed = r.chance(0.4) ? from + r.int(0, 300) : null;
      const jobs = Array.from({ length: r.int(0, 3) }, () => {
        const s = spell(r, from);
        return {
          ...s,
          competitive: r.chance(0.8),
          hoursPerWeek: r.chance(0.7) ? r.int(4, 40) : null,
          hourlyWage: r.chance(0.6) ? r.int(10, 25) : null,
          endReason: s.endDate === null ? null : r.pick(reasons),
        };
      });
      out.push(
        episode(`${prefix}${c}-${k}`, `${prefix}${c}`, {
          referralDecision: r.pick(["accepted", "accepted", "accepted", "pending", "declined"] as const),
          situationAtStart: r.pick(situations),
          agreementDate: agreed === null ? null : dayAt(agreed),
          closureDate: closed === null ? null : dayAt(closed),
          firstEmployerContactOn: r.chance(0.6) ? dayAt(from + r.int(-5, 120)) : null,
          jobs,
          studies: Array.from({ length: r.int(0, 1) }, () => spell(r, from)),
          workTrials: Array.from({ length: r.int(0, 1) }, () => spell(r, from)),
        }),
      );
      from = (closed ?? from) + r.int(1, 200);
    }
  }
  return out;
}
