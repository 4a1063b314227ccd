import type { z } from "zod";
import type { team } from "../../../core/contracts/platform.ts";

export type TeamView = z.infer<typeof team>;

type Row = {
  id: string;
  organisation_id: string;
  name: string;
  kind: string;
  archived_at: Date | null;
  created_at: Date;
  member_count: number | string | null;
};

/** Whitelists a team's fields. */
export function presentTeam(row: Row): TeamView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    kind: row.kind as TeamView["kind"],
    archived: row.archived_at !== null,
    memberCount: Number(row.member_count ?? 0),
    createdAt: row.created_at.toISOString(),
  };
}
