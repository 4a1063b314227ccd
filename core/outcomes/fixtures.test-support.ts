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
