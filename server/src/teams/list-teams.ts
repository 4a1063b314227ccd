import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { presentTeam, type TeamView } from "./present-team.ts";
import { teamsOf } from "./team-query.ts";

/** The organisation's teams, active first, then archived. */
export async function listTeams(
  database: Database,
  actor: Actor,
  organisationId: string,
): Promise<TeamView[]> {
  requireOrganisation(actor, "team.read", organisationId);
  return inTransaction(database, async (trx) => {
    const rows = await teamsOf(trx, organisationId)
      .orderBy("t.archived_at", "desc")
      .orderBy("t.name")
      .execute();
    await recordAuditEvent(trx, {
      eventType: "team.listed",
      actorUserId: actor.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
    });
    return rows.map(presentTeam);
  });
}
