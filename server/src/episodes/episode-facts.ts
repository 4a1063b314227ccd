import { type Expression, type RawBuilder, sql } from "kysely";
import type { Phase } from "../../../core/episodes/phase.ts";
import type { Executor } from "../platform/db/transaction.ts";

/**
 * Reads of the per-episode facts projection `episode_facts` (migration 0004, ADR 0008). The
 * database keeps the rows current by trigger in the same transaction as every write to the
 * source tables; what depends on the day (a job in progress on D) is asked here of the stored
 * day ranges, so a row never goes stale at midnight.
 */

const ref = (alias: string, column: string) => sql.ref(`${alias}.${column}`);

/** Some job of the episode is in progress on `day` (started, not ended). */
export function workingOn(alias: string, day: string): RawBuilder<boolean> {
  return sql<boolean>`(${ref(alias, "job_days")} @> ${day}::date)`;
}

/** Some study of the episode is in progress on `day`. */
export function studyingOn(alias: string, day: string): RawBuilder<boolean> {
  return sql<boolean>`(${ref(alias, "study_days")} @> ${day}::date)`;
}

/** The latest job start on or before `day`. */
export function latestJobStartOn(alias: string, day: string): RawBuilder<string | null> {
  return sql<
    string | null
  >`(select max(s) from unnest(${ref(alias, "job_starts")}) as s where s <= ${day}::date)`;
}

/** The phase on `day`, in SQL; the same rule as derivePhase (core/episodes/phase.ts), in its order. */
export function phaseOn(alias: string, day: string): RawBuilder<Phase> {
  const f = (column: string) => ref(alias, column);
  return sql<Phase>`(case
    when ${f("referral_decision")} = 'declined' then 'declined'
    when ${f("closure_date")} is not null then 'closed'
    when ${f("referral_decision")} = 'pending' then 'referred'
    when ${f("on_hold")} then 'on_hold'
    when ${workingOn(alias, day)} then 'working'
    when ${studyingOn(alias, day)} then 'studying'
    when ${f("agreement_date")} is null then 'engagement'
    when not ${f("has_career_profile")} then 'career_profile'
    else 'job_search' end)`;
}

/** The phase on `day` of the client's latest episode (the one the record shows first), or null. */
export function latestPhaseOf(clientId: Expression<string>, day: string): RawBuilder<Phase | null> {
  return sql<Phase | null>`(select ${phaseOn("lf", day)} from episode le
    join episode_facts lf on lf.episode_id = le.id
    where le.client_id = ${clientId}
    order by le.referral_date desc, le.created_at desc limit 1)`;
}

/** Recomputes the projection rows of the given episodes (the triggers do this on every write). */
export async function refreshEpisodeFacts(db: Executor, episodeIds: string[]): Promise<void> {
  if (episodeIds.length === 0) return;
  await sql`select refresh_episode_facts(${episodeIds}::uuid[])`.execute(db);
}
