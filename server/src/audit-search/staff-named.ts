import { sql } from "kysely";
import type { Executor } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";

const most = 200;

/**
 * The people who have worked in the organisation (any membership, past or present) whose name
 * contains the text, any case. Only the organisation's own staff can be found this way. More than
 * 200 is refused (400, "type more of the name"), rather than searching some of them silently.
 */
export async function staffNamed(db: Executor, organisationId: string, text: string): Promise<string[]> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .selectFrom("membership as m")
    .innerJoin("user as u", "u.id", "m.user_id")
    .select("u.id")
    .distinct()
    .where("m.organisation_id", "=", organisationId)
    .where(sql<boolean>`u.name ilike ${pattern}`)
    .limit(most + 1)
    .execute();
  if (rows.length > most) throw invalid({ person: { key: "too_many_people" } });
  return rows.map((r) => r.id);
}
