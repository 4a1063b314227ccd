import type { ColumnType, Generated } from "kysely";
import type { CreatedAt, Json, Timestamp } from "./columns.ts";

/** Kysely types of people, sign-in, organisations, teams, memberships, settings and the audit log (0001). */
export type UserTable = {
  id: string;
  name: string;
  email: string;
  emailVerified: ColumnType<boolean, boolean | undefined, boolean>;
  image: string | null;
  createdAt: CreatedAt;
  updatedAt: ColumnType<Date, Date | string | undefined, Date | string>;
  twoFactorEnabled: ColumnType<boolean, boolean | undefined, boolean>;
  locale: ColumnType<"fi" | "sv" | "en", "fi" | "sv" | "en" | undefined, "fi" | "sv" | "en">;
  platformAdmin: ColumnType<boolean, boolean | undefined, boolean>;
  deactivatedAt: Timestamp | null;
  /** Set when a platform admin closed the account everywhere (0007); organisations cannot reopen it. */
  closedEverywhereAt: Timestamp | null;
};

export type SessionTable = {
  id: string;
  expiresAt: Timestamp;
  token: string;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
};

export type AccountTable = {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  accessToken: string | null;
  refreshToken: string | null;
  idToken: string | null;
  accessTokenExpiresAt: Timestamp | null;
  refreshTokenExpiresAt: Timestamp | null;
  scope: string | null;
  password: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
};

export type TwoFactorTable = {
  id: string;
  secret: string;
  backupCodes: string;
  userId: string;
  verified: boolean | null;
  failedVerificationCount: number | null;
  lockedUntil: Timestamp | null;
};

export type AppSettingTable = {
  key: string;
  value: string;
  created_at: CreatedAt;
};

export type OrganisationTable = {
  id: Generated<string>;
  name: string;
  type: string;
  require_two_factor: ColumnType<boolean, boolean | undefined, boolean>;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type TeamTable = {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  kind: string;
  archived_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type MembershipTable = {
  id: Generated<string>;
  user_id: string;
  organisation_id: string;
  team_id: string | null;
  role: string;
  /** numeric(3,2) comes back as a string from both drivers. */
  fte: ColumnType<string | null, number | null | undefined, number | null>;
  valid_from: ColumnType<Date, Date | string | undefined, Date | string>;
  valid_to: Timestamp | null;
};

export type AuditEventTable = {
  /** Insertion order from a sequence (gaps possible); the chain position is chain_seq (ADR 0009). */
  seq: Generated<number>;
  occurred_at: Timestamp;
  event_type: string;
  outcome: string;
  actor_user_id: string | null;
  organisation_id: string | null;
  target_type: string | null;
  target_id: string | null;
  details: Json;
  /** Null until the sealer chains the entry. */
  prev_hash: string | null;
  hash: string | null;
  chain_seq: number | null;
};

export type AuditChainTable = {
  id: number;
  keyed_from: number;
};
