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
  /** Create client records and referrals in the IPS service. */
  "client.create",
  /** Refer a client to the IPS service from a treatment team. */
  "client.refer",
  /** Look up the organisation's employer register. */
  "employer.read",
  /** Add employers to the register. */
  "employer.manage",
  /**
   * Import and read comparison cohorts (counts of a comparison group, issue 9): choosing and
   * describing a comparison group is an evaluation task, not a coach's.
   */
  "comparison_cohort.manage",
] as const;
export type Permission = (typeof permissions)[number];

const grants: Record<Role, readonly Permission[]> = {
  coach: ["organisation.read", "team.read", "client.create", "employer.read", "employer.manage"],
  team_lead: [
    "organisation.read",
    "team.read",
    "user.read",
    "client.create",
    "employer.read",
    "employer.manage",
    "comparison_cohort.manage",
  ],
  clinician: ["organisation.read", "team.read", "client.refer"],
  reviewer: ["organisation.read", "team.read"],
  evaluator: ["organisation.read", "comparison_cohort.manage"],
  org_admin: [
    "organisation.read",
    "organisation.manage",
    "team.read",
    "team.manage",
    "user.read",
    "user.manage",
    "audit.read",
    "comparison_cohort.manage",
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

/** Roles whose members work client records of their own IPS team in full. */
export const ipsTeamRoles: readonly Role[] = ["coach", "team_lead"];
/** Roles that may see what a client's consent shares with their team or organisation. */
export const sharedViewRoles: readonly Role[] = ["clinician", "coach", "team_lead"];

/**
 * True when one of the roles can see any client record at all (the client gate's full or shared
 * scope). Everyone else (admins, reviewers, evaluators, network evaluators without a role) gets
 * "not found" on every client page, as the API answers them.
 */
export function rolesSeeClients(held: readonly Role[]): boolean {
  return held.some((role) => sharedViewRoles.includes(role));
}
