import type { z } from "zod";
import type { createEmployerFull } from "../../../core/contracts/employers.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";

/** The employer columns presenters read; never `selectAll`, so new columns stay private by default. */
export const employerColumns = [
  "id",
  "organisation_id",
  "name",
  "business_id",
  "industry",
  "size_class",
  "municipality",
  "street_address",
  "postal_code",
  "website",
  "relationship_notes",
  "archived_at",
] as const;

export type EmployerRow = {
  id: string;
  organisation_id: string;
  name: string;
  business_id: string | null;
  industry: string | null;
  size_class: string | null;
  municipality: string | null;
  street_address: string | null;
  postal_code: string | null;
  website: string | null;
  relationship_notes: string | null;
  archived_at: Date | null;
};

export type EmployerFields = Partial<z.infer<typeof createEmployerFull>>;

/** Maps the fields given (absent ones stay absent, so a PATCH changes only what it names) to columns. */
export function employerValues(input: EmployerFields) {
  const values: Partial<Omit<EmployerRow, "id" | "organisation_id" | "archived_at">> = {};
  if (input.name !== undefined) values.name = input.name;
  if (input.businessId !== undefined) values.business_id = input.businessId || null;
  if (input.industry !== undefined) values.industry = input.industry;
  if (input.sizeClass !== undefined) values.size_class = input.sizeClass;
  if (input.municipality !== undefined) values.municipality = input.municipality || null;
  if (input.streetAddress !== undefined) values.street_address = input.streetAddress || null;
  if (input.postalCode !== undefined) values.postal_code = input.postalCode || null;
  if (input.website !== undefined) values.website = input.website || null;
  if (input.relationshipNotes !== undefined) values.relationship_notes = input.relationshipNotes || null;
  return values;
}

/** One employer of the organisation, locked for update when asked; another organisation's is not found. */
export async function findEmployer(
  trx: Executor,
  organisationId: string,
  employerId: string,
  options: { forUpdate?: boolean } = {},
): Promise<EmployerRow> {
  let query = trx
    .selectFrom("employer")
    .select(employerColumns)
    .where("id", "=", employerId)
    .where("organisation_id", "=", organisationId);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
