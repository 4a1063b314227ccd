import type { Database } from "../platform/db/database.ts";
import { inTransaction, type Trx } from "../platform/db/transaction.ts";
import type { Actor } from "./actor.ts";
import { atLevel, type ClientAccessLevel, requireClientAccess } from "./client-gate.ts";
import type { GatedClient } from "./gated-client.ts";
import { admittedClient } from "./request-admissions.ts";

/**
 * Runs a client use case in one transaction after the client gate: the gate's check, the work and
 * its audit entry commit together, or not at all. The use case receives the gated handle, the only
 * key the per-client read helpers (jobsOf, openEpisodeOf, …) accept. When this request's route
 * policy already let the actor through to the client (request-admissions.ts), that answer is used
 * and the gate is not asked again; a use case needing more than the route did is still refused.
 */
export function withClient<T>(
  database: Database,
  actor: Actor,
  clientId: string,
  need: ClientAccessLevel,
  fn: (trx: Trx, client: GatedClient) => Promise<T>,
): Promise<T> {
  const admitted = admittedClient(actor, clientId);
  return inTransaction(database, async (trx) =>
    fn(trx, admitted ? atLevel(admitted, need) : await requireClientAccess(trx, actor, clientId, need)),
  );
}
