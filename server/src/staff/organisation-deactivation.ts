import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { endAllSessions } from "../auth/user-credentials.ts";
import type { Trx } from "../platform/db/transaction.ts";
import { conflict } from "../platform/http/app-error.ts";
import { type MembershipInput, recordMembershipEnded, setMemberships } from "./memberships.ts";

/** How many active memberships the person holds outside the organisation. */
export async function membershipsElsewhere(
  trx: Trx,
  organisationId: string,
  userId: string,
): Promise<number> {
  const row = await trx
    .selectFrom("membership")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("user_id", "=", userId)
    .where("organisation_id", "<>", organisationId)
    .where("valid_to", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * An organisation's admin deactivates a person in their organisation: every active membership
 * there ends now (audited one by one). The person's account (the global `user` row) is the
 * organisation's to close only when it was their last workplace: then it is deactivated and every
 * session ends. Someone who still works in another organisation keeps their account and sessions;
 * they lose this organisation at their next request, as the actor is loaded with active
 * memberships only.
 */
export async function deactivateInOrganisation(
  trx: Trx,
  actor: Actor,
  organisationId: string,
  userId: string,
) {
  const ended = await trx
    .updateTable("membership")
    .set({ valid_to: new Date() })
    .where("user_id", "=", userId)
    .where("organisation_id", "=", organisationId)
    .where("valid_to", "is", null)
    .returning(["id", "role", "team_id"])
    .execute();
  for (const row of ended) await recordMembershipEnded(trx, actor, organisationId, userId, row);
  const elsewhere = await membershipsElsewhere(trx, organisationId, userId);
  if (elsewhere === 0) {
    await trx
      .updateTable("user")
      .set({ deactivatedAt: new Date(), updatedAt: new Date() })
      .where("id", "=", userId)
      .execute();
    await endAllSessions(trx, userId);
  }
  await recordAuditEvent(trx, {
    eventType: "user.deactivated",
    actorUserId: actor.userId,
    organisationId,
    targetType: "user",
    targetId: userId,
    details: {
      scope: "organisation",
      account: elsewhere === 0 ? "deactivated" : "kept_for_other_organisations",
    },
  });
}

/**
 * Reactivates a person in the organisation: with the memberships given, or else the ones its
 * deactivation ended. An account a platform admin deactivated everywhere (it still holds
 * memberships) is not the organisation's to reopen.
 */
export async function reactivateInOrganisation(
  trx: Trx,
  actor: Actor,
  organisationId: string,
  userId: string,
  memberships: MembershipInput[] | undefined,
) {
  const user = await trx
    .selectFrom("user")
    .select(["deactivatedAt", "closedEverywhereAt"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  const activeAnywhere = Number(
    (
      await trx
        .selectFrom("membership")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("user_id", "=", userId)
        .where("valid_to", "is", null)
        .executeTakeFirstOrThrow()
    ).n,
  );
  // An account a platform admin closed is marked so; and an organisation closes an account only
  // after ending its own memberships, the last ones there were.
  if (user.closedEverywhereAt || (user.deactivatedAt && activeAnywhere > 0))
    throw conflict({ active: { key: "deactivated_everywhere" } });
  let restore = memberships;
  if (!restore) {
    const last = await trx
      .selectFrom("membership")
      .select((eb) => eb.fn.max("valid_to").as("at"))
      .where("user_id", "=", userId)
      .where("organisation_id", "=", organisationId)
      .executeTakeFirst();
    const rows = last?.at
      ? await trx
          .selectFrom("membership")
          .select(["role", "team_id", "fte"])
          .where("user_id", "=", userId)
          .where("organisation_id", "=", organisationId)
          .where("valid_to", "=", last.at)
          .execute()
      : [];
    restore = rows.map((r) => ({
      role: r.role as MembershipInput["role"],
      teamId: r.team_id,
      fte: r.fte === null ? null : Number(r.fte),
    }));
  }
  if (user.deactivatedAt) {
    await trx
      .updateTable("user")
      .set({ deactivatedAt: null, updatedAt: new Date() })
      .where("id", "=", userId)
      .execute();
  }
  await recordAuditEvent(trx, {
    eventType: "user.reactivated",
    actorUserId: actor.userId,
    organisationId,
    targetType: "user",
    targetId: userId,
    details: { scope: "organisation" },
  });
  if (restore.length > 0) await setMemberships(trx, actor, organisationId, userId, restore);
}
