import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";
import { networkOrNotFound } from "./network-query.ts";

/** A platform admin ends a person's evaluator role in a network (the row stays as history). */
export async function removeNetworkEvaluator(
  database: Database,
  actor: Actor,
  networkId: string,
  userId: string,
): Promise<void> {
  await inTransaction(database, async (trx) => {
    await networkOrNotFound(trx, networkId);
    const ended = await trx
      .updateTable("network_evaluator")
      .set({ valid_to: new Date() })
      .where("network_id", "=", networkId)
      .where("user_id", "=", userId)
      .where("valid_to", "is", null)
      .returning("id")
      .executeTakeFirst();
    if (!ended) throw notFound();
    await recordAuditEvent(trx, {
      eventType: "network.evaluator_removed",
      actorUserId: actor.userId,
      targetType: "user",
      targetId: userId,
      details: { networkId, evaluatorId: ended.id },
    });
  });
}
