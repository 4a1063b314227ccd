import type { z } from "zod";
import type { recordJob as schema } from "../../../core/contracts/work.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import type { Database } from "../platform/db/database.ts";
import type { JobView } from "./present-job.ts";
import { startJob } from "./start-job.ts";

export type RecordJobInput = z.infer<typeof schema>;

/**
 * Records a job on the client's open episode (fidelity V8–V10). The employer may be named instead
 * of picked: it is then added to the register in the same transaction.
 */
export function recordJob(
  database: Database,
  actor: Actor,
  clientId: string,
  input: RecordJobInput,
  today: string,
): Promise<JobView> {
  return withClient(database, actor, clientId, "full", (trx, access) =>
    startJob(trx, actor, access, input, today),
  );
}
