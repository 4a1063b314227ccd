import type { personDeactivationReasons } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { decidePlatformAdmin } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { endAllSessions } from "../auth/user-credentials.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { AppError, invalid, notFound } from "../platform/http/app-error.ts";

/**
 * A platform admin closes a person's account in every organisation (e.g. a lost or misused
 * account): the global user row is deactivated and every session ends. Memberships are kept as
 * they are, so the organisations' staff lists still show who the person was, and no single
 * organisation's admin can reopen the account (see organisation-deactivation.ts).
 */
export function deactivatePersonEverywhere(
  database: Database,
  actor: Actor,
  userId: string,
  reason: (typeof personDeactivationReasons)[number],
) {
  const decision = decidePlatformAdmin(actor);
  if (!decision.allowed) throw new AppError(decision.code);
  if (userId === actor.userId) throw invalid({ userId: { key: "invalid_option" } });
  return inTransaction(database, async (trx) => {
    const user = await trx
      .selectFrom("user")
      .select(["id", "deactivatedAt"])
      .where("id", "=", userId)
      .forUpdate()
      .executeTakeFirst();
    if (!user) throw notFound();
    const deactivatedAt = user.deactivatedAt ?? new Date();
    // Recorded as the platform's act even when an organisation had already closed the account,
    // so no organisation can reopen it later.
    await trx
      .updateTable("user")
      .set({ deactivatedAt, closedEverywhereAt: new Date(), updatedAt: new Date() })
      .where("id", "=", userId)
      .execute();
    const endedSessions = await endAllSessions(trx, userId);
    await recordAuditEvent(trx, {
      eventType: "user.deactivated",
      actorUserId: actor.userId,
      targetType: "user",
      targetId: userId,
      details: { scope: "everywhere", reason, endedSessions },
    });
    return { userId, deactivatedAt: new Date(deactivatedAt).toISOString(), endedSessions };
  });
}
