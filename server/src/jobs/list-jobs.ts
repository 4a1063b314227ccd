import type { z } from "zod";
import type { jobListItem } from "../../../core/contracts/work.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { jobsOf } from "./job-query.ts";
import { presentJobFor } from "./present-job.ts";

/**
 * The client's jobs, newest first. A consented treatment team sees that the client works (employer,
 * title, dates, hours) but not pay or notes. The read is logged as a view of the client's record.
 */
export function listJobs(
  database: Database,
  actor: Actor,
  clientId: string,
): Promise<Array<z.infer<typeof jobListItem>>> {
  return withClient(database, actor, clientId, "shared", async (trx, access) => {
    const rows = await jobsOf(trx, access).execute();
    await recordAuditEvent(trx, {
      eventType: "client.viewed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { access: access.level, section: "jobs" },
    });
    return rows.map((row) => presentJobFor(row, access.level));
  });
}
