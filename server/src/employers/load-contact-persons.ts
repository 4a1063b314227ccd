import type { Executor } from "../platform/db/transaction.ts";
import type { ContactPersonRow } from "./present-employer.ts";

export const contactPersonColumns = ["id", "name", "role", "phone", "email", "archived_at"] as const;

/** An employer's contact persons, current ones first, then by name. */
export function loadContactPersons(trx: Executor, employerId: string): Promise<ContactPersonRow[]> {
  return trx
    .selectFrom("employer_contact_person")
    .select(contactPersonColumns)
    .where("employer_id", "=", employerId)
    .orderBy((eb) => eb("archived_at", "is not", null))
    .orderBy("name")
    .execute();
}
