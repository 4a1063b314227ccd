import type { Executor } from "../platform/db/transaction.ts";

export type DatedRole = { role: string; organisation: string; from: Date; to: Date | null };

/**
 * Every membership (past and present) of these people, with the organisation's name, so that
 * each entry can show the roles its person held when it was written.
 */
export async function rolesOfPeople(db: Executor, userIds: string[]): Promise<Map<string, DatedRole[]>> {
  const byUser = new Map<string, DatedRole[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom("membership as m")
    .innerJoin("organisation as o", "o.id", "m.organisation_id")
    .select(["m.user_id", "m.role", "o.name", "m.valid_from", "m.valid_to"])
    .where("m.user_id", "in", userIds)
    .execute();
  for (const r of rows)
    byUser.set(r.user_id, [
      ...(byUser.get(r.user_id) ?? []),
      {
        role: r.role,
        organisation: r.name,
        from: new Date(r.valid_from),
        to: r.valid_to ? new Date(r.valid_to) : null,
      },
    ]);
  return byUser;
}

/** The roles held at an instant. */
export function rolesAt(roles: readonly DatedRole[], at: Date): DatedRole[] {
  return roles.filter((r) => r.from <= at && (r.to === null || r.to > at));
}
