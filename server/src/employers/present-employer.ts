import type { z } from "zod";
import type { employer } from "../../../core/contracts/work.ts";

export type EmployerView = z.infer<typeof employer>;

/** Whitelists an employer's fields. */
export function presentEmployer(row: { id: string; name: string; business_id: string | null }): EmployerView {
  return { id: row.id, name: row.name, businessId: row.business_id };
}
