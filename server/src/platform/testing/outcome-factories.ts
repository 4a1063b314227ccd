import { randomBytes } from "node:crypto";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";

/** One assignment of an episode: from `validFrom` (an instant) until the next one starts. */
export type AssignmentSpec = { teamId: string; coachUserId?: string | null; validFrom: string };
export type JobSpec = {
  startDate: string;
  endDate?: string | null;
  hourlyWage?: number | null;
  hoursPerWeek?: number | null;
  contractType?: "open_ended" | "fixed_term" | "apprenticeship" | "self_employed";
  setAside?: boolean;
  wageSubsidy?: boolean;
};
export type SpellSpec = { startDate: string; endDate?: string | null };

/** A client with one episode and its history, as outcome figures read it. */
export type EpisodeSpec = {
  firstName?: string;
  referralDate: string;
  decision?: "pending" | "accepted" | "declined";
  agreementDate?: string | null;
  closureDate?: string | null;
  assignments: AssignmentSpec[];
  jobs?: JobSpec[];
  studies?: SpellSpec[];
  workTrials?: SpellSpec[];
  /** A face-to-face employer contact activity on the client's behalf (V4) at this instant. */
  employerContactAt?: string;
};

/**
 * Clients with dated episodes, assignments, jobs, studies and work trials, inserted directly in
 * one transaction: outcome tests need histories spread over past quarters, which the use cases
 * (dated today) cannot make. The projection triggers keep episode_facts current as in production.
 */
export async function buildEpisodes(
  database: Database,
  organisationId: string,
  authorUserId: string,
  specs: readonly EpisodeSpec[],
): Promise<Array<{ clientId: string; episodeId: string }>> {
  return inTransaction(database, async (trx) => {
    const employer = await trx
      .insertInto("employer")
      .values({ organisation_id: organisationId, name: `Employer ${hex()}`, created_by: authorUserId })
      .returning("id")
      .executeTakeFirstOrThrow();
    const built: Array<{ clientId: string; episodeId: string }> = [];
    for (const spec of specs) {
      const client = await trx
        .insertInto("client")
        .values({
          organisation_id: organisationId,
          first_name: spec.firstName ?? `Client${hex()}`,
          last_name: "Testinen",
          birth_year: 1990,
          created_by: authorUserId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const decision = spec.decision ?? "accepted";
      const episode = await trx
        .insertInto("episode")
        .values({
          client_id: client.id,
          organisation_id: organisationId,
          referral_date: spec.referralDate,
          referral_source: "self",
          referral_decision: decision,
          decision_date: decision === "pending" ? null : spec.referralDate,
          decline_reason: decision === "declined" ? "other" : null,
          situation_at_start: "unemployed",
          agreement_date: spec.agreementDate ?? null,
          closure_date: spec.closureDate ?? null,
          closure_reason: spec.closureDate ? "client_wish" : null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const assignments = [...spec.assignments].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      await trx
        .insertInto("episode_assignment")
        .values(
          assignments.map((a, i) => ({
            episode_id: episode.id,
            coach_user_id: a.coachUserId ?? null,
            ips_team_id: a.teamId,
            valid_from: new Date(a.validFrom),
            valid_to: assignments[i + 1] ? new Date((assignments[i + 1] as AssignmentSpec).validFrom) : null,
            assigned_by: authorUserId,
          })),
        )
        .execute();
      for (const job of spec.jobs ?? []) {
        await trx
          .insertInto("job")
          .values({
            episode_id: episode.id,
            employer_id: employer.id,
            title: "Työ",
            start_date: job.startDate,
            end_date: job.endDate ?? null,
            end_reason: job.endDate ? "fixed_term_ended" : null,
            hourly_wage: job.hourlyWage === undefined ? 13.5 : job.hourlyWage,
            hours_per_week: job.hoursPerWeek === undefined ? 20 : job.hoursPerWeek,
            contract_type: job.contractType ?? "fixed_term",
            set_aside: job.setAside ?? false,
            wage_subsidy: job.wageSubsidy ?? false,
            created_by: authorUserId,
          })
          .execute();
      }
      for (const study of spec.studies ?? []) {
        await trx
          .insertInto("study")
          .values({
            episode_id: episode.id,
            institution: "Oppilaitos",
            programme: "Ohjelma",
            start_date: study.startDate,
            end_date: study.endDate ?? null,
            created_by: authorUserId,
          })
          .execute();
      }
      for (const trial of spec.workTrials ?? []) {
        await trx
          .insertInto("work_trial")
          .values({
            episode_id: episode.id,
            employer_id: employer.id,
            tasks: "Tehtävät",
            start_date: trial.startDate,
            end_date: trial.endDate ?? null,
            created_by: authorUserId,
          })
          .execute();
      }
      if (spec.employerContactAt) {
        await trx
          .insertInto("activity")
          .values({
            organisation_id: organisationId,
            client_id: client.id,
            episode_id: episode.id,
            author_user_id: authorUserId,
            occurred_at: new Date(spec.employerContactAt),
            duration_minutes: 30,
            type: "employer_contact",
            mode: "face_to_face",
            place: "workplace",
            purposes: ["other"],
          })
          .execute();
      }
      built.push({ clientId: client.id, episodeId: episode.id });
    }
    return built;
  });
}

const hex = () => randomBytes(3).toString("hex");
