import type { z } from "zod";
import type { membershipInput } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Trx } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";

export type MembershipInput = z.infer<typeof membershipInput>;

const sameMembership = (
  a: MembershipInput,
  b: { role: string; team_id: string | null; fte: string | null },
) =>
  a.role === b.role && a.teamId === b.team_id && (a.fte ?? null) === (b.fte === null ? null : Number(b.fte));

/** Every team named must be an active team of this organisation; duplicates are refused. */
async function checkInputs(trx: Trx, organisationId: string, inputs: MembershipInput[]): Promise<void> {
  const teamIds = [...new Set(inputs.map((m) => m.teamId).filter((id): id is string => id !== null))];
  const teams = teamIds.length
    ? await trx
        .selectFrom("team")
        .select("id")
        .where("organisation_id", "=", organisationId)
        .where("archived_at", "is", null)
        .where("id", "in", teamIds)
        .execute()
    : [];
  const known = new Set(teams.map((t) => t.id));
  const seen = new Set<string>();
  inputs.forEach((m, i) => {
    if (m.teamId !== null && !known.has(m.teamId))
      throw invalid({ [`memberships.${i}.teamId`]: { key: "invalid_option" } });
    const key = `${m.role}:${m.teamId}`;
    if (seen.has(key)) throw invalid({ [`memberships.${i}.role`]: { key: "already_exists" } });
    seen.add(key);
  });
}

/**
 * Makes the person's active memberships in the organisation equal `inputs`: ones no longer
 * wanted are ended (valid_to = now), new ones start now. History stays for dated reporting.
 */
/** The audit entry for one ended membership (fidelity S1/O1 read dated memberships). */
export function recordMembershipEnded(
  trx: Trx,
  actor: Actor,
  organisationId: string,
  userId: string,
  row: { id: string; role: string; team_id: string | null },
) {
  return recordAuditEvent(trx, {
    eventType: "membership.ended",
    actorUserId: actor.userId,
    organisationId,
    targetType: "user",
    targetId: userId,
    details: { membershipId: row.id, role: row.role, teamId: row.team_id },
  });
}

export async function setMemberships(
  trx: Trx,
  actor: Actor,
  organisationId: string,
  userId: string,
  inputs: MembershipInput[],
): Promise<void> {
  await checkInputs(trx, organisationId, inputs);
  const current = await trx
    .selectFrom("membership")
    .select(["id", "role", "team_id", "fte"])
    .where("user_id", "=", userId)
    .where("organisation_id", "=", organisationId)
    .where("valid_to", "is", null)
    .execute();
  const now = new Date();
  for (const row of current.filter((c) => !inputs.some((i) => sameMembership(i, c)))) {
    await trx.updateTable("membership").set({ valid_to: now }).where("id", "=", row.id).execute();
    await recordMembershipEnded(trx, actor, organisationId, userId, row);
  }
  for (const input of inputs.filter((i) => !current.some((c) => sameMembership(i, c)))) {
    const row = await trx
      .insertInto("membership")
      .values({
        user_id: userId,
        organisation_id: organisationId,
        team_id: input.teamId,
        role: input.role,
        fte: input.fte,
        valid_from: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "membership.granted",
      actorUserId: actor.userId,
      organisationId,
      targetType: "user",
      targetId: userId,
      details: { membershipId: row.id, role: input.role, teamId: input.teamId, fte: input.fte },
    });
  }
}
