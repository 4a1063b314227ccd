import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { presentWorkTrial, type WorkTrialView } from "./present-work-trial.ts";
import { workTrialsOf } from "./work-trial-query.ts";

/** The client's work trials, newest first; the read is logged as a view of the client's record. */
export function listWorkTrials(database: Database, actor: Actor, clientId: string): Promise<WorkTrialView[]> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const rows = await workTrialsOf(trx, access).execute();
    await recordAuditEvent(trx, {
      eventType: "client.viewed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { access: access.level, section: "work_trials" },
    });
    return rows.map(presentWorkTrial);
  });
}
