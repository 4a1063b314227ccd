import type {
  contactPerson,
  contactPersonInput,
  createEmployerFull,
  employerDetail,
  employerHistory,
  employerListItem,
  importReport,
  updateContactPerson,
  updateEmployer,
} from "@core/contracts/employers";
import type { z } from "zod";

/** Types of the employer contract (core/contracts/employers.ts), as the web app sees them. */
export type EmployerListItem = z.infer<typeof employerListItem>;
export type EmployerDetail = z.infer<typeof employerDetail>;
export type CreateEmployer = z.input<typeof createEmployerFull>;
export type UpdateEmployer = z.input<typeof updateEmployer>;
export type ContactPerson = z.infer<typeof contactPerson>;
export type ContactPersonInput = z.input<typeof contactPersonInput>;
export type UpdateContactPerson = z.input<typeof updateContactPerson>;
export type EmployerHistory = z.infer<typeof employerHistory>;
export type ImportReport = z.infer<typeof importReport>;
