import type { z } from "zod";
import type { createEmployerFull } from "../../../core/contracts/employers.ts";
import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { addEmployer } from "./add-employer.ts";
import { type EmployerDetail, presentEmployerDetail } from "./present-employer.ts";

export type CreateEmployerInput = z.infer<typeof createEmployerFull>;

/** A coach or team lead adds an employer (with its Y-tunnus and details when known) to the register. */
export function createEmployer(
  database: Database,
  actor: Actor,
  organisationId: string,
  input: CreateEmployerInput,
): Promise<EmployerDetail> {
  return inTransaction(database, async (trx) =>
    presentEmployerDetail(await addEmployer(trx, actor, organisationId, input), [], true),
  );
}
