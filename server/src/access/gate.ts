import { type Permission, type Role, rolesGrant } from "../../../core/access/roles.ts";
import { AppError } from "../platform/http/app-error.ts";
import type { Actor } from "./actor.ts";
import { deny } from "./deny.ts";

/**
 * The access gate: every decision about organisation-scoped data is made here, deny by default.
 * "Can see" comes before "can do": an organisation the actor has no membership in does not exist
 * for them (not_found); a visible organisation without the permission is forbidden.
 */
export type Decision =
  | { allowed: true }
  | { allowed: false; code: "not_found" | "forbidden" | "two_factor_required" };

/** The roles the actor holds in one organisation (active memberships only). */
export function rolesIn(actor: Actor, organisationId: string): Role[] {
  return actor.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role);
}

/** Decides whether the actor may use `permission` in the organisation. */
export function decideOrganisation(actor: Actor, permission: Permission, organisationId: string): Decision {
  const held = rolesIn(actor, organisationId);
  if (held.length === 0) return { allowed: false, code: "not_found" };
  if (actor.twoFactorRequired) return { allowed: false, code: "two_factor_required" };
  if (!rolesGrant(held, permission)) return { allowed: false, code: "forbidden" };
  return { allowed: true };
}

/** Throws the gate's denial as an AppError; use cases call it before touching scoped data. */
export function requireOrganisation(actor: Actor, permission: Permission, organisationId: string): void {
  const decision = decideOrganisation(actor, permission, organisationId);
  if (decision.allowed) return;
  if (decision.code === "two_factor_required") throw new AppError(decision.code);
  // Only a visible organisation is named; an id the actor cannot see is not recorded as one.
  throw deny(decision.code, {
    organisationId: decision.code === "forbidden" ? organisationId : null,
    action: permission,
  });
}

/** True when the actor may use the permission there: the presenters' `canManage` flags use it. */
export function can(actor: Actor, permission: Permission, organisationId: string): boolean {
  return decideOrganisation(actor, permission, organisationId).allowed;
}

/** Platform administration (creating organisations) belongs to platform admins only. */
export function decidePlatformAdmin(actor: Actor): Decision {
  if (!actor.platformAdmin) return { allowed: false, code: "forbidden" };
  if (actor.twoFactorRequired) return { allowed: false, code: "two_factor_required" };
  return { allowed: true };
}
