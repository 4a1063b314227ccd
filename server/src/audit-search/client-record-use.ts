import { sql } from "kysely";
import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { type AuditRow, auditColumns, type SeqWindow, windowConditions } from "./audit-rows.ts";

/**
 * One page of a client's use log, newest first: every audit entry about the client (target,
 * audit_event_target_idx) or naming them in its details (lists read, appointments, employer
 * contacts and leads; audit_client_refs, migration 0018, GIN). The first stream stops after a
 * page; the second reads the client's own list entries, which grow with the client's history,
 * not with the national log. Takes the gated handle: callers have passed the client gate.
 * Reused by any view of a client's use log (the team's "who has seen this record", and a log
 * disclosed to the client).
 */
export async function clientRecordUse(
  db: Executor,
  client: GatedClient,
  window: SeqWindow,
  limit: number,
): Promise<AuditRow[]> {
  const id = client.clientId;
  const within = windowConditions(window);
  const result = await sql<AuditRow>`
    select * from (
      select * from (select ${auditColumns} from audit_event a
        where a.target_id = ${id} and a.target_type = 'client' and ${within}
        order by a.seq desc limit ${limit}) about
      union all
      select * from (select ${auditColumns} from audit_event a
        where audit_client_refs(a.details) @> jsonb_build_array(${id}::text)
          and (a.target_type, a.target_id) is distinct from ('client', ${id}) and ${within}
        order by a.seq desc limit ${limit}) named
    ) page
    order by seq desc limit ${limit}`.execute(db);
  return result.rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}
