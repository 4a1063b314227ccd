import type { NetworkEvaluatorPerson } from "../../../core/contracts/networks.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { networkOrNotFound } from "./network-query.ts";

/**
 * A network's current evaluators (their role not ended), for the platform admin who names and
 * removes them. Names and addresses are people's data: the read is audited with the count.
 */
export async function listNetworkEvaluators(
  database: Database,
  actor: Actor,
  networkId: string,
): Promise<NetworkEvaluatorPerson[]> {
  return inTransaction(database, async (trx) => {
    await networkOrNotFound(trx, networkId);
    const rows = await trx
      .selectFrom("network_evaluator")
      .innerJoin("user", "user.id", "network_evaluator.user_id")
      .select(["user.id", "user.name", "user.email", "network_evaluator.valid_from"])
      .where("network_evaluator.network_id", "=", networkId)
      .where("network_evaluator.valid_to", "is", null)
      .orderBy("user.name")
      .orderBy("user.id")
      .execute();
    await recordAuditEvent(trx, {
      eventType: "network.evaluators_listed",
      actorUserId: actor.userId,
      targetType: "reporting_network",
      targetId: networkId,
      details: { networkId, count: rows.length },
    });
    return rows.map((r) => ({
      userId: r.id,
      name: r.name,
      email: r.email,
      validFrom: new Date(r.valid_from).toISOString(),
    }));
  });
}
