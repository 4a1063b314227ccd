import { sql } from "kysely";
import type { z } from "zod";
import type { episode } from "../../../core/contracts/clients.ts";
import { derivePhase, type Phase } from "../../../core/episodes/phase.ts";
import type { GatedClientIds } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { studyingOn, workingOn } from "./episode-facts.ts";

export type EpisodeView = z.infer<typeof episode>;

/** Episodes of the given gated clients with their current assignment, newest first. */
export async function episodesOf(db: Executor, clientIds: GatedClientIds, today: string) {
  if (clientIds.length === 0) return [];
  // The facts projection (f) has a row for every episode (trigger on insert, backfill in 0004);
  // the left join still never hides an episode if one were missing.
  return db
    .selectFrom("episode as e")
    .leftJoin("episode_assignment as a", (j) =>
      j.onRef("a.episode_id", "=", "e.id").on("a.valid_to", "is", null),
    )
    .leftJoin("user as coach", "coach.id", "a.coach_user_id")
    .leftJoin("team as it", "it.id", "a.ips_team_id")
    .leftJoin("team as tt", "tt.id", "a.treatment_team_id")
    .leftJoin("episode_facts as f", "f.episode_id", "e.id")
    .select([
      "e.id",
      "e.client_id",
      "e.referral_date",
      "e.referral_source",
      "e.referrer_name",
      "e.referral_decision",
      "e.decision_date",
      "e.decline_reason",
      "e.situation_at_start",
      "e.agreement_date",
      "e.on_hold",
      "e.closure_date",
      "e.closure_reason",
      "e.previous_episode_id",
      "a.coach_user_id",
      "coach.name as coach_name",
      "a.ips_team_id",
      "it.name as ips_team_name",
      "a.treatment_team_id",
      "tt.name as treatment_team_name",
      "a.valid_from as assigned_from",
      // From the facts projection (ADR 0008), not counted per request from the source tables.
      sql<number>`case when ${workingOn("f", today)} then 1 else 0 end`.as("current_jobs"),
      sql<number>`case when ${studyingOn("f", today)} then 1 else 0 end`.as("current_studies"),
      sql<number>`case when f.has_career_profile then 1 else 0 end`.as("profiles"),
      sql<number>`coalesce(f.outreach_attempts, 0)`.as("outreach_attempts"),
    ])
    .where("e.client_id", "in", clientIds)
    .orderBy("e.referral_date", "desc")
    .orderBy("e.created_at", "desc")
    .execute();
}

export type EpisodeRow = Awaited<ReturnType<typeof episodesOf>>[number];

/** The derived phase of one episode row. */
export function phaseOf(row: EpisodeRow): Phase {
  return derivePhase({
    referralDecision: row.referral_decision as "pending" | "accepted" | "declined",
    agreementDate: row.agreement_date,
    closureDate: row.closure_date,
    onHold: row.on_hold,
    hasCareerProfile: Number(row.profiles) > 0,
    currentJobs: Number(row.current_jobs),
    currentStudies: Number(row.current_studies),
  });
}

/** Whitelists an episode's fields. */
export function presentEpisode(row: EpisodeRow): EpisodeView {
  return {
    id: row.id,
    referralDate: row.referral_date,
    source: row.referral_source as EpisodeView["source"],
    referrerName: row.referrer_name,
    referralDecision: row.referral_decision as EpisodeView["referralDecision"],
    decisionDate: row.decision_date,
    declineReason: row.decline_reason as EpisodeView["declineReason"],
    situationAtStart: row.situation_at_start as EpisodeView["situationAtStart"],
    agreementDate: row.agreement_date,
    onHold: row.on_hold,
    closureDate: row.closure_date,
    closureReason: row.closure_reason as EpisodeView["closureReason"],
    previousEpisodeId: row.previous_episode_id,
    phase: phaseOf(row),
    assignment:
      row.ips_team_id && row.ips_team_name && row.assigned_from
        ? {
            coachUserId: row.coach_user_id,
            coachName: row.coach_name,
            ipsTeamId: row.ips_team_id,
            ipsTeamName: row.ips_team_name,
            treatmentTeamId: row.treatment_team_id,
            treatmentTeamName: row.treatment_team_name,
            validFrom: new Date(row.assigned_from).toISOString(),
          }
        : null,
    outreachAttempts: Number(row.outreach_attempts),
  };
}

/**
 * The episode as a consented treatment team or organisation sees it (ADR 0006): status and dates.
 * Not the situation at start (benefits, sick leave), the referrer, coded reasons or outreach.
 */
export function presentSharedEpisode(row: EpisodeRow): EpisodeView {
  return {
    ...presentEpisode(row),
    referrerName: null,
    declineReason: null,
    situationAtStart: null,
    closureReason: null,
    outreachAttempts: null,
  };
}
