import type { z } from "zod";
import type { createEmployer as schema } from "../../../core/contracts/work.ts";
import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { addEmployer } from "./add-employer.ts";
import { type EmployerView, presentEmployer } from "./present-employer.ts";

export type CreateEmployerInput = z.infer<typeof schema>;

/** A coach or team lead adds an employer (with its Y-tunnus when known) to the register. */
export function createEmployer(
  database: Database,
  actor: Actor,
  organisationId: string,
  input: CreateEmployerInput,
): Promise<EmployerView> {
  return inTransaction(database, async (trx) =>
    presentEmployer(await addEmployer(trx, actor, organisationId, input)),
  );
}
