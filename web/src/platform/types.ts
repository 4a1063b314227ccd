import type {
  createOrganisation,
  createStaffUser,
  createTeam,
  me,
  membership,
  membershipInput,
  organisation,
  signInInfo,
  staffUser,
  team,
  updateMe,
  updateOrganisation,
  updateStaffUser,
  updateTeam,
} from "@core/contracts/platform";
import type { z } from "zod";

/** Types of the API contract (core/contracts), as the web app sees them. */
export type Me = z.infer<typeof me>;
export type UpdateMe = z.input<typeof updateMe>;
export type SignInInfo = z.infer<typeof signInInfo>;
export type Membership = z.infer<typeof membership>;
export type MembershipInput = z.input<typeof membershipInput>;
export type Organisation = z.infer<typeof organisation>;
export type CreateOrganisation = z.input<typeof createOrganisation>;
export type UpdateOrganisation = z.input<typeof updateOrganisation>;
export type Team = z.infer<typeof team>;
export type CreateTeam = z.input<typeof createTeam>;
export type UpdateTeam = z.input<typeof updateTeam>;
export type StaffUser = z.infer<typeof staffUser>;
export type CreateStaffUser = z.input<typeof createStaffUser>;
export type UpdateStaffUser = z.input<typeof updateStaffUser>;
