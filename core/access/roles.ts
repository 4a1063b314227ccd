/**
 * Roles a membership can carry, and what each role may do inside its organisation.
 * Pure data: the server's access gate and the web app's navigation both read it, so the UI never
 * re-derives a rule the server enforces.
 */
export const roles = ["coach", "team_lead", "clinician", "reviewer", "evaluator", "org_admin"] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  "organisation.read",
  "organisation.manage",
  "team.read",
  "team.manage",
  "user.read",
  "user.manage",
  "audit.read",
] as const;
export type Permission = (typeof permissions)[number];

const grants: Record<Role, readonly Permission[]> = {
  coach: ["organisation.read", "team.read"],
  team_lead: ["organisation.read", "team.read", "user.read"],
  clinician: ["organisation.read", "team.read"],
  reviewer: ["organisation.read", "team.read"],
  evaluator: ["organisation.read"],
  org_admin: [
    "organisation.read",
    "organisation.manage",
    "team.read",
    "team.manage",
    "user.read",
    "user.manage",
    "audit.read",
  ],
};

/** True when any of the given roles grants the permission. */
export function rolesGrant(held: readonly Role[], permission: Permission): boolean {
  return held.some((role) => grants[role].includes(permission));
}

/** Every permission the given roles grant, deduplicated and in declaration order. */
export function permissionsOf(held: readonly Role[]): Permission[] {
  return permissions.filter((p) => rolesGrant(held, p));
}

export const organisationTypes = [
  "wellbeing_services_county",
  "public_employment_services",
  "pension_insurer",
  "private_coaching_provider",
  "other",
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export const teamKinds = ["ips_team", "treatment_team"] as const;
export type TeamKind = (typeof teamKinds)[number];
