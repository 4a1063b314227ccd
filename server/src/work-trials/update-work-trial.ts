import type { z } from "zod";
import type { updateWorkTrial as schema } from "../../../core/contracts/work.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { resolveEmployer } from "../employers/resolve-employer.ts";
import type { Database } from "../platform/db/database.ts";
import { invalid } from "../platform/http/app-error.ts";
import { presentWorkTrial, type WorkTrialView } from "./present-work-trial.ts";
import { requireWorkTrial } from "./work-trial-query.ts";

export type UpdateWorkTrialInput = z.infer<typeof schema>;

/** Corrects or completes a work trial; fields left out keep their value, `null` clears one. */
export function updateWorkTrial(
  database: Database,
  actor: Actor,
  params: { clientId: string; workTrialId: string },
  input: UpdateWorkTrialInput,
): Promise<WorkTrialView> {
  return withClient(database, actor, params.clientId, "full", async (trx, access) => {
    const row = await requireWorkTrial(trx, access, params.workTrialId);
    const startDate = input.startDate ?? row.start_date;
    const endDate = input.endDate === undefined ? row.end_date : input.endDate;
    if (endDate !== null && endDate < startDate) throw invalid({ endDate: { key: "end_before_start" } });
    const employerId =
      input.employerId || input.employerName
        ? await resolveEmployer(trx, actor, access.organisationId, input)
        : row.employer_id;
    await trx
      .updateTable("work_trial")
      .set({
        employer_id: employerId,
        tasks: input.tasks ?? row.tasks,
        start_date: startDate,
        end_date: endDate,
        ...(input.hoursPerWeek !== undefined ? { hours_per_week: input.hoursPerWeek } : {}),
        ...(input.arrangedBy !== undefined ? { arranged_by: input.arrangedBy } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
      })
      .where("id", "=", row.id)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "work_trial.updated",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: params.clientId,
      details: { workTrialId: row.id, fields: Object.keys(input).sort() },
    });
    return presentWorkTrial(await requireWorkTrial(trx, access, row.id));
  });
}
