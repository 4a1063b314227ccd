import type { ColumnType, Generated } from "kysely";
import type { CreatedAt, DateColumn, Timestamp } from "./columns.ts";

/** Reporting networks, their member organisations and evaluators (migration 0008, issue 9). */
export type ReportingNetworkTable = {
  id: Generated<string>;
  name: string;
  kind: "region" | "national";
  created_at: CreatedAt;
  created_by: string;
};

/** An organisation's dated agreement to report into a network; ended ones stay as history. */
export type NetworkMembershipTable = {
  id: Generated<string>;
  network_id: string;
  organisation_id: string;
  agreed_on: DateColumn;
  agreed_by: string;
  ended_on: DateColumn | null;
  ended_by: string | null;
};

export type NetworkEvaluatorTable = {
  id: Generated<string>;
  network_id: string;
  user_id: string;
  added_by: string;
  valid_from: ColumnType<Date, Date | string | undefined, Date | string>;
  valid_to: Timestamp | null;
};

/** A stored OutcomeSummary of one IPS team, quarter and rule set version. */
export type OutcomeTeamQuarterTable = {
  team_id: string;
  organisation_id: string;
  quarter: string;
  rule_set_id: string;
  rule_set_version: number;
  summary: ColumnType<unknown, string, string>;
  /** figuresOf(summary) as written (migration 0021); null on rows computed before it. */
  figures: ColumnType<unknown, string | null | undefined, string | null>;
  computed_at: Timestamp;
};

/** One organisation's stored team rows of a quarter merged (migration 0021). */
export type OutcomeOrgQuarterTable = {
  organisation_id: string;
  quarter: string;
  rule_set_id: string;
  rule_set_version: number;
  team_ids: string[];
  summary: ColumnType<unknown, string, string>;
  figures: ColumnType<unknown, string, string>;
  computed_at: Timestamp;
};

/** A network's member organisations' totals of a quarter merged (migration 0021). */
export type OutcomeNetworkQuarterTable = {
  network_id: string;
  quarter: string;
  rule_set_id: string;
  rule_set_version: number;
  organisation_ids: string[];
  figures: ColumnType<unknown, string, string>;
  computed_at: Timestamp;
};

/** Teams whose stored summaries are stale (filled by triggers, emptied by the refresher). */
export type OutcomeRefreshQueueTable = {
  team_id: string;
  queued_at: Timestamp;
};
