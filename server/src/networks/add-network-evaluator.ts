import type { z } from "zod";
import type { networkEvaluator } from "../../../core/contracts/networks.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict, invalid } from "../platform/http/app-error.ts";
import { networkOrNotFound } from "./network-query.ts";

/**
 * A platform admin makes a person an evaluator of a network. The person needs no organisation:
 * an evaluator sees the network's aggregates and nothing else (no client, no organisation page).
 */
export async function addNetworkEvaluator(
  database: Database,
  actor: Actor,
  networkId: string,
  userId: string,
): Promise<z.infer<typeof networkEvaluator>> {
  return inTransaction(database, async (trx) => {
    await networkOrNotFound(trx, networkId);
    const user = await trx
      .selectFrom("user")
      .select(["id", "deactivatedAt"])
      .where("id", "=", userId)
      .executeTakeFirst();
    if (!user || user.deactivatedAt) throw invalid({ userId: { key: "invalid_option" } });
    const current = await trx
      .selectFrom("network_evaluator")
      .select("id")
      .where("network_id", "=", networkId)
      .where("user_id", "=", userId)
      .where("valid_to", "is", null)
      .executeTakeFirst();
    if (current) throw conflict({ userId: { key: "already_exists" } });
    const row = await trx
      .insertInto("network_evaluator")
      .values({ network_id: networkId, user_id: userId, added_by: actor.userId })
      .returning(["id", "valid_from"])
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "network.evaluator_added",
      actorUserId: actor.userId,
      targetType: "user",
      targetId: userId,
      details: { networkId, evaluatorId: row.id },
    });
    return { networkId, userId, validFrom: new Date(row.valid_from).toISOString() };
  });
}
