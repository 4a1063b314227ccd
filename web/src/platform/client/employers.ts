import type {
  employerListItem,
  employerListQuery,
  jobLead,
  setCandidateStage,
} from "@core/contracts/employers";
import type { z } from "zod";
import { orgPath, post, search, seg } from "./endpoint.ts";

/** The organisation's employer register, as the pickers search it. */
export const employers = {
  find: search<z.ZodArray<typeof employerListItem>, typeof employerListQuery>()(
    (organisationId: string) => `${orgPath(organisationId)}/employers`,
  ),
};

/** Job leads: a candidate's stage (hired records the job on the client). */
export const jobLeads = {
  setStage: post<typeof setCandidateStage, typeof jobLead>()(
    (organisationId: string, leadId: string, clientId: string) =>
      `${orgPath(organisationId)}/job-leads/${seg(leadId)}/candidates/${seg(clientId)}/stage`,
  ),
};

/** Query keys of the employer register: every list and search of one organisation's employers. */
export const employerKeys = {
  of: (organisationId: string) => ["organisation", organisationId, "employers"] as const,
};
