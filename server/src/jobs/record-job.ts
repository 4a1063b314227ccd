import type { z } from "zod";
import type { recordJob as schema } from "../../../core/contracts/work.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { resolveEmployer } from "../employers/resolve-employer.ts";
import { openEpisodeOf } from "../episodes/open-episode-of.ts";
import type { Database } from "../platform/db/database.ts";
import { checkJobDates, checkWorkTrialOfClient } from "./check-job.ts";
import { jobColumns } from "./job-columns.ts";
import { requireJob } from "./job-query.ts";
import { type JobView, presentJob } from "./present-job.ts";

export type RecordJobInput = z.infer<typeof schema>;

/**
 * Records a job on the client's open episode (fidelity V8–V10). The employer may be named instead
 * of picked: it is then added to the register in the same transaction.
 */
export function recordJob(
  database: Database,
  actor: Actor,
  clientId: string,
  input: RecordJobInput,
  today: string,
): Promise<JobView> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const facts = {
      title: input.title,
      occupation: input.occupation ?? null,
      occupationCode: input.occupationCode ?? null,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      endReason: input.endReason ?? null,
      endLearnedOn: input.endLearnedOn ?? null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      hourlyWage: input.hourlyWage ?? null,
      contractType: input.contractType,
      wageSubsidy: input.wageSubsidy,
      setAside: input.setAside,
      foundWithCoach: input.foundWithCoach,
      workTrialId: input.workTrialId ?? null,
      notes: input.notes ?? null,
    };
    checkJobDates(facts, today);
    const episodeId = await openEpisodeOf(trx, clientId);
    await checkWorkTrialOfClient(trx, clientId, facts.workTrialId);
    const employerId = await resolveEmployer(trx, actor, access.organisationId, input);
    const row = await trx
      .insertInto("job")
      .values({
        ...jobColumns(facts),
        episode_id: episodeId,
        employer_id: employerId,
        created_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "job.recorded",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { jobId: row.id, episodeId, employerId, workTrialId: facts.workTrialId },
    });
    return presentJob(await requireJob(trx, clientId, row.id));
  });
}
