import {
  activities,
  appointments,
  clients,
  employers,
  jobLeads,
  jobs,
  studies,
  workTrials,
} from "./resources.ts";

/**
 * The typed API client (issue 10): every endpoint declared once in resources.ts, typed from
 * core/contracts. `client.activities.create(clientId, body)`.
 */
export const client = { clients, activities, appointments, jobs, workTrials, studies, employers, jobLeads };

export { queryKeys } from "./keys.ts";
