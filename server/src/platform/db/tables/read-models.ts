import type { ColumnType } from "kysely";
import type { DateColumn, Timestamp } from "./columns.ts";

/**
 * The per-episode facts projection (migration 0004, ADR 0008). Written only by the database's
 * refresh_episode_facts() through triggers; the application reads it.
 */
export type EpisodeFactsTable = {
  episode_id: string;
  client_id: string;
  referral_decision: string;
  agreement_date: DateColumn | null;
  on_hold: boolean;
  closure_date: DateColumn | null;
  has_career_profile: boolean;
  /** datemultirange: ask it in SQL (`job_days @> date`), never parse it in TypeScript. */
  job_days: ColumnType<string, never, never>;
  study_days: ColumnType<string, never, never>;
  job_starts: ColumnType<string[], never, never>;
  first_employer_contact_at: Timestamp | null;
  last_contact_at: Timestamp | null;
  last_follow_along_at: Timestamp | null;
  outreach_attempts: number;
  refreshed_at: Timestamp;
};
