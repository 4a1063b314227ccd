import type { z } from "zod";
import type { updateTeam as schema } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";
import { presentTeam, type TeamView } from "./present-team.ts";
import { assertTeamNameFree } from "./team-name.ts";
import { teamsOf } from "./team-query.ts";

export type UpdateTeamInput = z.infer<typeof schema>;

/** Renames, archives or restores a team of the organisation. */
export async function updateTeam(
  database: Database,
  actor: Actor,
  organisationId: string,
  teamId: string,
  input: UpdateTeamInput,
): Promise<TeamView> {
  requireOrganisation(actor, "team.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const current = await teamsOf(trx, organisationId).where("t.id", "=", teamId).executeTakeFirst();
    if (!current) throw notFound();
    if (input.name !== undefined) await assertTeamNameFree(trx, organisationId, input.name, teamId);
    await trx
      .updateTable("team")
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.archived !== undefined
          ? { archived_at: input.archived ? (current.archived_at ?? new Date()) : null }
          : {}),
        updated_at: new Date(),
      })
      .where("id", "=", teamId)
      .where("organisation_id", "=", organisationId)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "team.updated",
      actorUserId: actor.userId,
      organisationId,
      targetType: "team",
      targetId: teamId,
      details: { changed: Object.keys(input) },
    });
    const row = await teamsOf(trx, organisationId).where("t.id", "=", teamId).executeTakeFirstOrThrow();
    return presentTeam(row);
  });
}
