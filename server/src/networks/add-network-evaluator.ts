import type { z } from "zod";
import type {
  addNetworkEvaluator as addNetworkEvaluatorBody,
  networkEvaluator,
} from "../../../core/contracts/networks.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict, invalid } from "../platform/http/app-error.ts";
import { networkOrNotFound } from "./network-query.ts";

/**
 * A platform admin makes a person an evaluator of a network, named by account id or by the e-mail
 * address they sign in with (exactly one). The person needs no organisation: an evaluator sees
 * the network's aggregates and nothing else (no client, no organisation page).
 */
export async function addNetworkEvaluator(
  database: Database,
  actor: Actor,
  networkId: string,
  person: z.infer<typeof addNetworkEvaluatorBody>,
): Promise<z.infer<typeof networkEvaluator>> {
  const field = person.email === undefined ? "userId" : "email";
  if ((person.userId === undefined) === (person.email === undefined)) {
    throw invalid({ [field]: { key: "required" } });
  }
  const added = await inTransaction(database, async (trx) => {
    await networkOrNotFound(trx, networkId);
    const user = await trx
      .selectFrom("user")
      .select(["id", "deactivatedAt"])
      .$if(person.userId !== undefined, (q) => q.where("id", "=", person.userId ?? ""))
      .$if(person.email !== undefined, (q) => q.where("email", "=", (person.email ?? "").toLowerCase()))
      .executeTakeFirst();
    // The same answer for "no such account" and "closed", so the form does not probe accounts
    // further. The failed lookup is audited and committed (who probes for accounts shows in the
    // log), without the address looked for: only how it was looked up.
    if (!user || user.deactivatedAt) {
      await recordAuditEvent(trx, {
        eventType: "network.evaluator_add_failed",
        outcome: "failure",
        actorUserId: actor.userId,
        targetType: "reporting_network",
        targetId: networkId,
        details: {
          networkId,
          method: field === "email" ? "email" : "account_id",
          reason: "no_active_account",
        },
      });
      return null;
    }
    const userId = user.id;
    const current = await trx
      .selectFrom("network_evaluator")
      .select("id")
      .where("network_id", "=", networkId)
      .where("user_id", "=", userId)
      .where("valid_to", "is", null)
      .executeTakeFirst();
    if (current) throw conflict({ [field]: { key: "already_exists" } });
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
  if (added === null) throw invalid({ [field]: { key: "no_active_account" } });
  return added;
}
