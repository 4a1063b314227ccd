import { sql } from "kysely";
import { isCompetitive } from "../../../core/jobs/competitive.ts";
import type {
  DatedSpell,
  EpisodeOutcomeFacts,
  IsoDate,
  OutcomeJob,
  OutcomePeriod,
} from "../../../core/outcomes/types.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Executor } from "../platform/db/transaction.ts";

/** Finnish time: an assignment "in force on day D" is the one in force at the end of D here. */
const ZONE = "Europe/Helsinki";

/** The instant a Finnish calendar day ends (the next day's midnight in Finland), in SQL. */
const endOfDay = (day: ReturnType<typeof sql>) => sql`((${day} + 1)::timestamp at time zone ${ZONE})`;

/**
 * The outcome facts of the episodes attributed to `teamIds` in `period` (outcomes.md: the
 * attribution rule). An episode counts when its referral was accepted, its cooperation agreement
 * (the IPS entry date) is on or before the period's last day and it did not close before the
 * period began. It belongs to the team and coach of its assignment in force at the end of
 * min(period.to, closure date, asOf), Finnish time, so a client counts in exactly one team per
 * period and merging team summaries never counts anyone twice. An episode entered afterwards
 * (its first assignment made after that day, e.g. a record keyed in late) belongs to its first
 * assignment: it has no other.
 *
 * Callers must have passed the aggregate gate for these teams first: nothing read here leaves the
 * server but counts, except through the drill-down, which asks the client gate again.
 *
 * Four queries whatever the size: the episodes with their attribution, then jobs, studies and
 * work trials of those episodes by `episode_id = any(…)`.
 */
export async function loadOutcomeFacts(
  db: Executor,
  teamIds: readonly string[],
  period: OutcomePeriod,
  asOf: IsoDate,
): Promise<EpisodeOutcomeFacts[]> {
  return (await loadOutcomeFactsByPeriod(db, teamIds, [period], asOf)).get(period.label) ?? [];
}

/**
 * `loadOutcomeFacts` for several periods at once (a trend, the stored quarters of a team), each
 * period's episodes attributed as above, in four statements whatever the number of periods: the
 * episode statement crosses the periods with the candidates of the earliest one, and jobs,
 * studies and work trials are read once for every episode found.
 */
export async function loadOutcomeFactsByPeriod(
  db: Executor,
  teamIds: readonly string[],
  periods: readonly OutcomePeriod[],
  asOf: IsoDate,
): Promise<Map<string, EpisodeOutcomeFacts[]>> {
  const byPeriod = new Map<string, EpisodeOutcomeFacts[]>(periods.map((p) => [p.label, []]));
  if (teamIds.length === 0 || periods.length === 0) return byPeriod;
  const teams = [...teamIds];
  const earliest = periods.map((p) => p.from).sort()[0] as string;
  const periodStart = sql`(p.period_from::timestamp at time zone ${ZONE})`;
  const cut = endOfDay(sql`least(p.period_to, e.closure_date, ${asOf}::date)`);
  // Candidates: episodes that had an assignment of one of the teams not ended before the earliest
  // period (episode_assignment_team_history_idx, migration 0009); each period keeps those with
  // such an assignment not ended before it began, and the lateral join then picks each one's
  // attributed assignment, which may belong to another team.
  const { rows } = await sql<EpisodeRow & { period: string }>`
    select p.label as period, e.id, e.client_id, e.organisation_id, e.referral_date, e.referral_decision,
      e.decision_date, e.situation_at_start, e.agreement_date, e.closure_date, e.previous_episode_id,
      at.ips_team_id, at.coach_user_id, f.first_employer_contact_at
    from episode e
    cross join unnest(${periods.map((p) => p.label)}::text[], ${periods.map((p) => p.from)}::date[],
      ${periods.map((p) => p.to)}::date[]) as p(label, period_from, period_to)
    join lateral (
      select a.ips_team_id, a.coach_user_id from episode_assignment a
      where a.episode_id = e.id and (a.valid_to is null or a.valid_to >= ${cut})
      order by a.valid_from < ${cut} desc, abs(extract(epoch from a.valid_from - ${cut}))
      limit 1
    ) at on true
    left join episode_facts f on f.episode_id = e.id
    where e.id = any(array(
        select distinct c.episode_id from episode_assignment c
        where c.ips_team_id = any(${teams}::uuid[])
          and (c.valid_to is null or c.valid_to >= (${earliest}::date::timestamp at time zone ${ZONE}))))
      and e.referral_decision = 'accepted'
      and e.agreement_date <= p.period_to
      and (e.closure_date is null or e.closure_date >= p.period_from)
      and (${periods.length === 1} or exists (
        select 1 from episode_assignment c
        where c.episode_id = e.id and c.ips_team_id = any(${teams}::uuid[])
          and (c.valid_to is null or c.valid_to >= ${periodStart})))
      and at.ips_team_id = any(${teams}::uuid[])
    order by p.label, e.id`.execute(db);
  if (rows.length === 0) return byPeriod;
  const ids = [...new Set(rows.map((r) => r.id))];
  const [jobs, studies, trials] = await Promise.all([
    db
      .selectFrom("job")
      .select([
        "episode_id",
        "start_date",
        "end_date",
        "hours_per_week",
        "hourly_wage",
        "contract_type",
        "wage_subsidy",
        "set_aside",
        "end_reason",
      ])
      .where("episode_id", "=", sql<string>`any(${ids}::uuid[])`)
      .orderBy("start_date")
      .execute(),
    db
      .selectFrom("study")
      .select(["episode_id", "start_date", "end_date"])
      .where("episode_id", "=", sql<string>`any(${ids}::uuid[])`)
      .orderBy("start_date")
      .execute(),
    db
      .selectFrom("work_trial")
      .select(["episode_id", "start_date", "end_date"])
      .where("episode_id", "=", sql<string>`any(${ids}::uuid[])`)
      .orderBy("start_date")
      .execute(),
  ]);
  const jobsOf = groupBy(jobs, (j) => j.episode_id);
  const studiesOf = groupBy(studies, (s) => s.episode_id);
  const trialsOf = groupBy(trials, (s) => s.episode_id);
  const spell = (s: { start_date: string; end_date: string | null }): DatedSpell => ({
    startDate: s.start_date,
    endDate: s.end_date,
  });
  for (const r of rows)
    byPeriod.get(r.period)?.push({
      episodeId: r.id,
      clientId: r.client_id,
      organisationId: r.organisation_id,
      teamId: r.ips_team_id,
      coachUserId: r.coach_user_id,
      referralDate: r.referral_date,
      referralDecision: r.referral_decision,
      decisionDate: r.decision_date,
      situationAtStart: r.situation_at_start,
      agreementDate: r.agreement_date,
      closureDate: r.closure_date,
      firstEmployerContactOn: r.first_employer_contact_at
        ? helsinkiDate(new Date(r.first_employer_contact_at))
        : null,
      previousEpisodeId: r.previous_episode_id,
      jobs: (jobsOf.get(r.id) ?? []).map(outcomeJob),
      studies: (studiesOf.get(r.id) ?? []).map(spell),
      workTrials: (trialsOf.get(r.id) ?? []).map(spell),
    });
  return byPeriod;
}

type EpisodeRow = {
  id: string;
  client_id: string;
  organisation_id: string;
  referral_date: string;
  referral_decision: EpisodeOutcomeFacts["referralDecision"];
  decision_date: string | null;
  situation_at_start: EpisodeOutcomeFacts["situationAtStart"];
  agreement_date: string | null;
  closure_date: string | null;
  previous_episode_id: string | null;
  ips_team_id: string;
  coach_user_id: string | null;
  first_employer_contact_at: string | Date | null;
};

type JobRow = {
  start_date: string;
  end_date: string | null;
  hours_per_week: string | number | null;
  hourly_wage: string | number | null;
  contract_type: string;
  wage_subsidy: boolean;
  set_aside: boolean;
  end_reason: string | null;
};

const numberOrNull = (v: string | number | null) => (v === null ? null : Number(v));

/** A job as outcomes read it; whether it is competitive is core's rule (V10), decided here once. */
function outcomeJob(j: JobRow): OutcomeJob {
  const hourlyWage = numberOrNull(j.hourly_wage);
  return {
    startDate: j.start_date,
    endDate: j.end_date,
    competitive: isCompetitive({
      contractType: j.contract_type as Parameters<typeof isCompetitive>[0]["contractType"],
      hourlyWage,
      wageSubsidy: j.wage_subsidy,
      setAside: j.set_aside,
    }),
    hoursPerWeek: numberOrNull(j.hours_per_week),
    hourlyWage,
    endReason: j.end_reason as OutcomeJob["endReason"],
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}
