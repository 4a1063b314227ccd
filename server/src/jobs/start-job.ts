import type { z } from "zod";
import type { recordJob as schema } from "../../../core/contracts/work.ts";
import type { Actor } from "../access/actor.ts";
import type { GatedClient } from "../access/gated-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { resolveEmployer } from "../employers/resolve-employer.ts";
import { openEpisodeOf } from "../episodes/open-episode-of.ts";
import type { Trx } from "../platform/db/transaction.ts";
import { checkJobDates, checkWorkTrialOfClient } from "./check-job.ts";
import { jobColumns } from "./job-columns.ts";
import { requireJob } from "./job-query.ts";
import { type JobView, presentJob } from "./present-job.ts";

export type StartJobInput = z.input<typeof schema>;

/**
 * Starts a job on a gated client's open episode inside the caller's transaction. Recording a job
 * and hiring from a job lead both come here, so a job has one set of rules and one audit entry
 * however it was found. The caller has already passed the client gate with "full".
 */
export async function startJob(
  trx: Trx,
  actor: Actor,
  access: GatedClient,
  input: StartJobInput,
  today: string,
): Promise<JobView> {
  const clientId = access.clientId;
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
    wageSubsidy: input.wageSubsidy ?? false,
    setAside: input.setAside ?? false,
    foundWithCoach: input.foundWithCoach ?? true,
    workTrialId: input.workTrialId ?? null,
    notes: input.notes ?? null,
  };
  checkJobDates(facts, today);
  const episodeId = await openEpisodeOf(trx, access);
  await checkWorkTrialOfClient(trx, access, facts.workTrialId);
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
  return presentJob(await requireJob(trx, access, row.id));
}
