import type { Executor } from "../platform/db/transaction.ts";

/** Teams of one organisation with their active member counts; always scoped by organisation. */
export function teamsOf(db: Executor, organisationId: string) {
  return db
    .selectFrom("team as t")
    .select((eb) => [
      "t.id",
      "t.organisation_id",
      "t.name",
      "t.kind",
      "t.archived_at",
      "t.created_at",
      eb
        .selectFrom("membership as m")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("m.team_id", "=", "t.id")
        .where("m.valid_to", "is", null)
        .as("member_count"),
    ])
    .where("t.organisation_id", "=", organisationId);
}
