import type { z } from "zod";
import type { endJob as schema } from "../../../core/contracts/work.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { checkJobDates } from "./check-job.ts";
import { requireJob } from "./job-query.ts";
import { type JobView, presentJob } from "./present-job.ts";

export type EndJobInput = z.infer<typeof schema>;

/**
 * Records that a job ended: when, the coded reason, and when the coach learned of it, which
 * starts the three-day clock for the follow-up contact (fidelity V12).
 */
export function endJob(
  database: Database,
  actor: Actor,
  params: { clientId: string; jobId: string },
  input: EndJobInput,
  today: string,
): Promise<JobView> {
  return withClient(database, actor, params.clientId, "full", async (trx, access) => {
    const row = await requireJob(trx, access, params.jobId);
    checkJobDates({ startDate: row.start_date, ...input }, today);
    await trx
      .updateTable("job")
      .set({
        end_date: input.endDate,
        end_reason: input.endReason,
        end_learned_on: input.endLearnedOn,
        updated_at: new Date(),
      })
      .where("id", "=", row.id)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "job.updated",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: params.clientId,
      details: { jobId: row.id, ended: true, endReason: input.endReason },
    });
    return presentJob(await requireJob(trx, access, row.id));
  });
}
