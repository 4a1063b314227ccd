import type { z } from "zod";
import type { createTeam as schema } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { presentTeam, type TeamView } from "./present-team.ts";
import { assertTeamNameFree } from "./team-name.ts";

export type CreateTeamInput = z.infer<typeof schema>;

/** An organisation admin creates an IPS team or a treatment team. */
export async function createTeam(
  database: Database,
  actor: Actor,
  organisationId: string,
  input: CreateTeamInput,
): Promise<TeamView> {
  requireOrganisation(actor, "team.manage", organisationId);
  return inTransaction(database, async (trx) => {
    await assertTeamNameFree(trx, organisationId, input.name, null);
    const row = await trx
      .insertInto("team")
      .values({ organisation_id: organisationId, name: input.name, kind: input.kind })
      .returning(["id", "organisation_id", "name", "kind", "archived_at", "created_at"])
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "team.created",
      actorUserId: actor.userId,
      organisationId,
      targetType: "team",
      targetId: row.id,
      details: { kind: input.kind },
    });
    return presentTeam({ ...row, member_count: 0 });
  });
}
