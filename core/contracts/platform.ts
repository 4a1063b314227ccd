import { z } from "zod";
import { organisationTypes, permissions, roles, teamKinds } from "../access/roles.ts";
import { locales } from "../i18n/locales.ts";
import { isoDateTime, userId, uuid, withDecimals } from "./common.ts";

export const locale = z.enum(locales);
export const role = z.enum(roles);
export const permission = z.enum(permissions);
export const organisationType = z.enum(organisationTypes);
export const teamKind = z.enum(teamKinds);

export const health = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgresql"]),
  version: z.string(),
});

/** Shown on the sign-in page; never contains a password. */
export const signInInfo = z.object({
  demo: z.boolean(),
  demoAccounts: z.array(z.object({ email: z.string(), role: z.string() })),
});

export const membership = z.object({
  id: uuid,
  organisationId: uuid,
  organisationName: z.string(),
  teamId: uuid.nullable(),
  teamName: z.string().nullable(),
  role,
  fte: z.number().nullable(),
});

export const me = z.object({
  user: z.object({
    id: userId,
    name: z.string(),
    email: z.string(),
    locale,
    twoFactorEnabled: z.boolean(),
    platformAdmin: z.boolean(),
  }),
  /** True when an organisation of the user requires two-factor and the user has not enrolled. */
  twoFactorRequired: z.boolean(),
  memberships: z.array(membership),
  /** What the user may do per organisation, computed by the server's policy. */
  abilities: z.array(z.object({ organisationId: uuid, permissions: z.array(permission) })),
});

export const updateMe = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  locale: locale.optional(),
});

export const organisation = z.object({
  id: uuid,
  name: z.string(),
  type: organisationType,
  requireTwoFactor: z.boolean(),
  createdAt: isoDateTime,
  canManage: z.boolean(),
});

export const createOrganisation = z.strictObject({
  name: z.string().trim().min(2).max(200),
  type: organisationType,
  requireTwoFactor: z.boolean().default(false),
  /** The organisation's first administrator, created with it. */
  firstAdmin: z.strictObject({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(254),
    password: z.string().min(12).max(256),
  }),
});

export const updateOrganisation = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  type: organisationType.optional(),
  requireTwoFactor: z.boolean().optional(),
});

export const team = z.object({
  id: uuid,
  organisationId: uuid,
  name: z.string(),
  kind: teamKind,
  archived: z.boolean(),
  memberCount: z.number().int(),
  createdAt: isoDateTime,
});

export const createTeam = z.strictObject({
  name: z.string().trim().min(2).max(200),
  kind: teamKind,
});

export const updateTeam = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  archived: z.boolean().optional(),
});

export const membershipInput = z.strictObject({
  role,
  teamId: uuid.nullable().default(null),
  /** Full-time equivalent, e.g. 0.8; used for caseload-per-FTE (fidelity S1). */
  // numeric(3, 2): two decimals.
  fte: withDecimals(z.number().min(0.05).max(1), 2).nullable().default(null),
});

export const staffUser = z.object({
  id: userId,
  name: z.string(),
  email: z.string(),
  locale,
  active: z.boolean(),
  twoFactorEnabled: z.boolean(),
  memberships: z.array(membership),
  createdAt: isoDateTime,
  canManage: z.boolean(),
});

export const createStaffUser = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  /** The first password, given to the person out of band; at least 12 characters. */
  password: z.string().min(12).max(256),
  locale: locale.default("fi"),
  memberships: z.array(membershipInput).min(1).max(20),
});

export const updateStaffUser = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  active: z.boolean().optional(),
  memberships: z.array(membershipInput).min(1).max(20).optional(),
});

/** Why a platform admin closes an account everywhere; a code, so no free text reaches the audit log. */
export const personDeactivationReasons = ["left_all_organisations", "account_compromised", "other"] as const;
export const deactivatePerson = z.strictObject({ reason: z.enum(personDeactivationReasons) });

/** A platform admin's deactivation of a person in every organisation. */
export const personDeactivation = z.object({
  userId,
  deactivatedAt: isoDateTime,
  endedSessions: z.number().int(),
});
