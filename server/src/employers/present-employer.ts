import type { z } from "zod";
import type { contactPerson, employerDetail, employerListItem } from "../../../core/contracts/employers.ts";
import type { IndustrySection, SizeClass } from "../../../core/employers/tol2008.ts";
import type { EmployerRow } from "./employer-columns.ts";

export type EmployerListItem = z.infer<typeof employerListItem>;
export type EmployerDetail = z.infer<typeof employerDetail>;
export type ContactPersonView = z.infer<typeof contactPerson>;

export type ContactPersonRow = {
  id: string;
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  archived_at: Date | null;
};

/** Whitelists a contact person's fields. */
export function presentContactPerson(row: ContactPersonRow): ContactPersonView {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    phone: row.phone,
    email: row.email,
    archived: row.archived_at !== null,
  };
}

/** An employer with its contact persons, and whether the caller may change it. */
export function presentEmployerDetail(
  row: EmployerRow,
  contactPersons: ContactPersonRow[],
  canManage: boolean,
): EmployerDetail {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    businessId: row.business_id,
    // The database's check constraints hold these to the contract's lists.
    industry: row.industry as IndustrySection | null,
    sizeClass: row.size_class as SizeClass | null,
    municipality: row.municipality,
    streetAddress: row.street_address,
    postalCode: row.postal_code,
    website: row.website,
    relationshipNotes: row.relationship_notes,
    archived: row.archived_at !== null,
    contactPersons: contactPersons.map(presentContactPerson),
    canManage,
  };
}

/** One row of the register list (keeps `id`, `name`, `businessId` of the old picker shape). */
export function presentEmployerListItem(
  row: Pick<EmployerRow, "id" | "name" | "business_id" | "industry" | "municipality" | "archived_at"> & {
    last_contact_at: Date | string | null;
    contacts_90: number | string | bigint | null;
  },
): EmployerListItem {
  return {
    id: row.id,
    name: row.name,
    businessId: row.business_id,
    industry: row.industry as IndustrySection | null,
    municipality: row.municipality,
    archived: row.archived_at !== null,
    lastContactAt: row.last_contact_at === null ? null : new Date(row.last_contact_at).toISOString(),
    contactsLast90Days: Number(row.contacts_90 ?? 0),
  };
}
