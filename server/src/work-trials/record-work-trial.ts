import type { z } from "zod";
import type { recordWorkTrial as schema } from "../../../core/contracts/work.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { resolveEmployer } from "../employers/resolve-employer.ts";
import { openEpisodeOf } from "../episodes/open-episode-of.ts";
import type { Database } from "../platform/db/database.ts";
import { invalid } from "../platform/http/app-error.ts";
import { presentWorkTrial, type WorkTrialView } from "./present-work-trial.ts";
import { requireWorkTrial } from "./work-trial-query.ts";

export type RecordWorkTrialInput = z.infer<typeof schema>;

/**
 * Records a work trial (työkokeilu). It is unpaid and never a job; when it turns into a paid job,
 * the job links back to it.
 */
export function recordWorkTrial(
  database: Database,
  actor: Actor,
  clientId: string,
  input: RecordWorkTrialInput,
): Promise<WorkTrialView> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const endDate = input.endDate ?? null;
    if (endDate !== null && endDate < input.startDate)
      throw invalid({ endDate: { key: "end_before_start" } });
    const episodeId = await openEpisodeOf(trx, access);
    const employerId = await resolveEmployer(trx, actor, access.organisationId, input);
    const row = await trx
      .insertInto("work_trial")
      .values({
        episode_id: episodeId,
        employer_id: employerId,
        tasks: input.tasks,
        start_date: input.startDate,
        end_date: endDate,
        hours_per_week: input.hoursPerWeek ?? null,
        arranged_by: input.arrangedBy ?? null,
        notes: input.notes ?? null,
        created_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "work_trial.recorded",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { workTrialId: row.id, episodeId, employerId },
    });
    return presentWorkTrial(await requireWorkTrial(trx, access, row.id));
  });
}
