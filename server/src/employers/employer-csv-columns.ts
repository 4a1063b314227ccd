import type { EmployerFields, EmployerRow } from "./employer-columns.ts";

type Field = keyof Required<EmployerFields>;

/**
 * The CSV columns of the employer register: the Finnish header the export writes first, then the
 * names accepted on import (Finnish, Swedish, English; compared without case or extra spaces).
 */
export const employerCsvColumns: ReadonlyArray<{ field: Field; headers: readonly string[] }> = [
  { field: "name", headers: ["nimi", "namn", "name"] },
  { field: "businessId", headers: ["y-tunnus", "fo-nummer", "business id", "ytunnus", "business_id"] },
  { field: "industry", headers: ["toimiala", "bransch", "industry"] },
  { field: "sizeClass", headers: ["kokoluokka", "storleksklass", "size class"] },
  { field: "municipality", headers: ["kunta", "kommun", "municipality"] },
  { field: "streetAddress", headers: ["katuosoite", "gatuadress", "street address"] },
  { field: "postalCode", headers: ["postinumero", "postnummer", "postal code"] },
  { field: "website", headers: ["verkkosivu", "webbplats", "website"] },
  { field: "relationshipNotes", headers: ["muistiinpanot", "anteckningar", "notes"] },
];

/** The field a header names, or undefined for a header the import does not know. */
export function fieldOfHeader(header: string): Field | undefined {
  const normal = header.trim().toLowerCase().replace(/\s+/g, " ");
  return employerCsvColumns.find((c) => c.headers.includes(normal))?.field;
}

/**
 * A cell as the field schemas expect it: blank is "not given" (null; undefined for the name, so a
 * missing name reads "required"); the quote the export puts before a formula sign is taken off; an
 * industry letter may be lower case; size classes may be written 1-4, 1–4 or 250+.
 */
export function cellValue(field: Field, raw: string): string | null | undefined {
  let value = raw.trim();
  if (/^'[=+\-@\t\r]/.test(value)) value = value.slice(1);
  if (value === "") return field === "name" ? undefined : null;
  if (field === "industry") return value.toUpperCase();
  if (field === "sizeClass") return value.replace(/\s/g, "").replace(/[-–]/g, "_").replace(/\+$/, "_plus");
  return value;
}

/** An employer as the export's cells, in the order of `employerCsvColumns`. */
export function employerCsvCells(row: EmployerRow): Array<string | null> {
  return [
    row.name,
    row.business_id,
    row.industry,
    row.size_class,
    row.municipality,
    row.street_address,
    row.postal_code,
    row.website,
    row.relationship_notes,
  ];
}
