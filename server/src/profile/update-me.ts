import type { z } from "zod";
import type { updateMe as schema } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";

export type UpdateMeInput = z.infer<typeof schema>;

/** The signed-in person changes their own name or interface language. */
export async function updateMe(database: Database, actor: Actor, input: UpdateMeInput): Promise<void> {
  const changed = Object.keys(input);
  if (changed.length === 0) return;
  await inTransaction(database, async (trx) => {
    await trx
      .updateTable("user")
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
        updatedAt: new Date(),
      })
      .where("id", "=", actor.userId)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "profile.updated",
      actorUserId: actor.userId,
      targetType: "user",
      targetId: actor.userId,
      details: { changed },
    });
  });
}
