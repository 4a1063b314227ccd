import type { z } from "zod";
import type { createNetwork as schema } from "../../../core/contracts/networks.ts";
import type { reportingNetwork } from "../../../core/contracts/outcomes.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict } from "../platform/http/app-error.ts";

/** A platform admin creates a reporting network: a region, or the national benchmark. */
export async function createNetwork(
  database: Database,
  actor: Actor,
  input: z.infer<typeof schema>,
): Promise<z.infer<typeof reportingNetwork>> {
  return inTransaction(database, async (trx) => {
    const taken = await trx
      .selectFrom("reporting_network")
      .select("id")
      .where((eb) => eb(eb.fn("lower", ["name"]), "=", input.name.toLowerCase()))
      .executeTakeFirst();
    if (taken) throw conflict({ name: { key: "already_exists" } });
    const row = await trx
      .insertInto("reporting_network")
      .values({ name: input.name, kind: input.kind, created_by: actor.userId })
      .returning(["id", "name", "kind"])
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "network.created",
      actorUserId: actor.userId,
      targetType: "reporting_network",
      targetId: row.id,
      details: { kind: row.kind },
    });
    return { ...row, memberCount: 0 };
  });
}
