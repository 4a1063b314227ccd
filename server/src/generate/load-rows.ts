import { sql } from "kysely";
import type { Trx } from "../platform/db/transaction.ts";

const CHUNK = 4000;

/**
 * Inserts planned rows into a table set-wise: each chunk of rows travels as one JSON parameter
 * and is unpacked by `jsonb_to_recordset`, so thousands of rows cost one statement.
 * `columns` maps column names to their SQL types, in the order of the target table's list.
 */
export async function loadRows(
  trx: Trx,
  table: string,
  columns: Record<string, string>,
  rows: readonly Record<string, unknown>[],
): Promise<number> {
  const names = Object.keys(columns);
  const list = sql.raw(names.map((n) => `"${n}"`).join(", "));
  const record = sql.raw(names.map((n) => `"${n}" ${columns[n]}`).join(", "));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
    await sql`insert into ${sql.raw(`"${table}"`)} (${list}) select ${list} from jsonb_to_recordset(${chunk}::jsonb) as x(${record})`.execute(
      trx,
    );
  }
  return rows.length;
}
