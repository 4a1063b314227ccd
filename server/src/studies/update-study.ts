import type { z } from "zod";
import type { updateStudy as schema } from "../../../core/contracts/work.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { checkStudy } from "./check-study.ts";
import { presentStudy, type StudyView } from "./present-study.ts";
import { requireStudy } from "./study-query.ts";

export type UpdateStudyInput = z.infer<typeof schema>;

/** Corrects or completes a study, e.g. its end and outcome; `null` clears a field. */
export function updateStudy(
  database: Database,
  actor: Actor,
  params: { clientId: string; studyId: string },
  input: UpdateStudyInput,
): Promise<StudyView> {
  return withClient(database, actor, params.clientId, "full", async (trx, access) => {
    const row = await requireStudy(trx, access, params.studyId);
    const pick = <T>(value: T | undefined, current: T) => (value === undefined ? current : value);
    const facts = {
      startDate: pick(input.startDate, row.start_date),
      endDate: pick(input.endDate, row.end_date),
      outcome: pick(input.outcome, row.outcome),
    };
    checkStudy(facts);
    await trx
      .updateTable("study")
      .set({
        institution: pick(input.institution, row.institution),
        programme: pick(input.programme, row.programme),
        level: pick(input.level, row.level),
        start_date: facts.startDate,
        end_date: facts.endDate,
        outcome: facts.outcome,
        notes: pick(input.notes, row.notes),
      })
      .where("id", "=", row.id)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "study.updated",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: params.clientId,
      details: { studyId: row.id, fields: Object.keys(input).sort() },
    });
    return presentStudy(await requireStudy(trx, access, row.id));
  });
}
