import type { z } from "zod";
import type { membership, staffUser } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { can } from "../access/gate.ts";

export type StaffUserView = z.infer<typeof staffUser>;
export type MembershipView = z.infer<typeof membership>;

export type StaffRow = {
  id: string;
  name: string;
  email: string;
  locale: string;
  deactivatedAt: Date | null;
  twoFactorEnabled: boolean;
  createdAt: Date;
};

export type MembershipRow = {
  id: string;
  user_id: string;
  organisation_id: string;
  organisation_name: string;
  team_id: string | null;
  team_name: string | null;
  role: string;
  fte: string | null;
};

/** Whitelists a membership's fields. */
export function presentMembership(row: MembershipRow): MembershipView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    teamId: row.team_id,
    teamName: row.team_name,
    role: row.role as MembershipView["role"],
    fte: row.fte === null ? null : Number(row.fte),
  };
}

/** Whitelists a staff member's fields for an organisation's admin views. */
export function presentStaffUser(
  actor: Actor,
  organisationId: string,
  row: StaffRow,
  memberships: MembershipRow[],
): StaffUserView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale as StaffUserView["locale"],
    // Active here: the account is open and the person holds a role in this organisation.
    active: row.deactivatedAt === null && memberships.length > 0,
    twoFactorEnabled: row.twoFactorEnabled,
    memberships: memberships.map(presentMembership),
    createdAt: row.createdAt.toISOString(),
    canManage: can(actor, "user.manage", organisationId) && row.id !== actor.userId,
  };
}
