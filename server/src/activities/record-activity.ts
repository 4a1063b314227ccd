import type { z } from "zod";
import type { recordActivity as schema } from "../../../core/contracts/activities.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { bodyFingerprint, claimIdempotencyKey, settleIdempotencyKey } from "./activity-idempotency.ts";
import { type ActivityView, loadActivity } from "./activity-query.ts";
import { checkActivityContent, currentEpisodeId } from "./activity-rules.ts";
import { insertActivity } from "./insert-activity.ts";

export type RecordActivityInput = z.infer<typeof schema>;

/**
 * Records one contact or piece of work for a client, on the client's current episode. With an
 * idempotency key (a draft sent from the offline queue, ADR 0016), a repeat of the same key by the
 * same person with the same body answers the first activity and records nothing more: no second
 * activity; the answer is audited as a read of that activity (`activity.listed`). The same key
 * with another body is refused (409).
 */
export function recordActivity(
  database: Database,
  actor: Actor,
  clientId: string,
  input: RecordActivityInput,
  idempotencyKey?: string,
): Promise<ActivityView> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    if (idempotencyKey) {
      const claim = await claimIdempotencyKey(
        trx,
        actor.userId,
        idempotencyKey,
        access.clientId,
        bodyFingerprint(input),
      );
      if (!claim.fresh) {
        // The answer is a read of the record as it is now (it may have been edited since): audited.
        await recordAuditEvent(trx, {
          eventType: "activity.listed",
          actorUserId: actor.userId,
          organisationId: access.organisationId,
          targetType: "client",
          targetId: access.clientId,
          details: { access: access.level, activityIds: [claim.activityId] },
        });
        return (await loadActivity(trx, actor, access, claim.activityId, access.level)) as ActivityView;
      }
    }
    await checkActivityContent(trx, input, access.organisationId, access);
    const id = await insertActivity(
      trx,
      actor,
      {
        organisationId: access.organisationId,
        client: access,
        episodeId: await currentEpisodeId(trx, access),
        appointmentId: null,
      },
      input,
    );
    if (idempotencyKey) await settleIdempotencyKey(trx, actor.userId, idempotencyKey, id);
    return (await loadActivity(trx, actor, access, id, access.level)) as ActivityView;
  });
}
