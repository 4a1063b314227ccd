import type { z } from "zod";
import type { recordStudy as schema } from "../../../core/contracts/work.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { openEpisodeOf } from "../episodes/open-episode-of.ts";
import type { Database } from "../platform/db/database.ts";
import { checkStudy } from "./check-study.ts";
import { presentStudy, type StudyView } from "./present-study.ts";
import { requireStudy } from "./study-query.ts";

export type RecordStudyInput = z.infer<typeof schema>;

/** Records studies on the client's open episode: education is an IPS outcome too. */
export function recordStudy(
  database: Database,
  actor: Actor,
  clientId: string,
  input: RecordStudyInput,
): Promise<StudyView> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const facts = {
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      outcome: input.outcome ?? null,
    };
    checkStudy(facts);
    const episodeId = await openEpisodeOf(trx, access);
    const row = await trx
      .insertInto("study")
      .values({
        episode_id: episodeId,
        institution: input.institution,
        programme: input.programme,
        level: input.level ?? null,
        start_date: facts.startDate,
        end_date: facts.endDate,
        outcome: facts.outcome,
        notes: input.notes ?? null,
        created_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "study.recorded",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { studyId: row.id, episodeId },
    });
    return presentStudy(await requireStudy(trx, access, row.id));
  });
}
