import type { FieldProblem } from "../../../core/errors/codes.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";

export type EmployerRef = { id: string; name: string; industry: string | null };

/**
 * The employer (and contact person) a request names, which must be the organisation's own: an id
 * of another organisation's register is a field error, as if it did not exist.
 */
export async function employerOfOrganisation(
  db: Executor,
  organisationId: string,
  employerId: string,
  contactPersonId: string | null = null,
): Promise<EmployerRef> {
  const employer = await db
    .selectFrom("employer")
    .select(["id", "name", "industry"])
    .where("id", "=", employerId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  const fields: Record<string, FieldProblem> = {};
  if (!employer) fields.employerId = { key: "invalid_option" };
  if (employer && contactPersonId !== null) {
    const person = await db
      .selectFrom("employer_contact_person")
      .select("id")
      .where("id", "=", contactPersonId)
      .where("employer_id", "=", employer.id)
      .executeTakeFirst();
    if (!person) fields.contactPersonId = { key: "invalid_option" };
  }
  if (!employer || Object.keys(fields).length > 0) throw invalid(fields);
  return employer;
}
