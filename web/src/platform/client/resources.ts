import type {
  activity,
  activityList,
  activityPage,
  activityRevision,
  editActivity,
  recordActivity,
  recordHeldAppointment,
  retractActivity,
} from "@core/contracts/activities";
import type {
  appointment,
  appointmentWindow,
  cancelAppointment,
  clientAppointmentQuery,
  createAppointment,
  editAppointment,
} from "@core/contracts/calendar";
import type { clientRecord, clientSearch, clientSummary, updateClient } from "@core/contracts/clients";
import type {
  employerListItem,
  employerListQuery,
  jobLead,
  setCandidateStage,
} from "@core/contracts/employers";
import type {
  endJob,
  job,
  jobListItem,
  recordJob,
  recordStudy,
  recordWorkTrial,
  study,
  updateJob,
  updateStudy,
  updateWorkTrial,
  workTrial,
} from "@core/contracts/work";
import type { z } from "zod";
import { get, patch, post, search, seg } from "./endpoint.ts";

const clientPath = (clientId: string) => `/api/clients/${seg(clientId)}`;
const orgPath = (organisationId: string) => `/api/organisations/${seg(organisationId)}`;

/** One client's record and the caller's search of the clients they may see. */
export const clients = {
  search: search<z.ZodArray<typeof clientSummary>, typeof clientSearch>()(() => "/api/clients"),
  get: get<typeof clientRecord>()(clientPath),
  update: patch<typeof updateClient, typeof clientRecord>()(clientPath),
};

/** A client's documented contacts. */
export const activities = {
  list: search<typeof activityPage, typeof activityList>()(
    (clientId: string) => `${clientPath(clientId)}/activities`,
  ),
  revisions: get<z.ZodArray<typeof activityRevision>>()(
    (clientId: string, activityId: string) =>
      `${clientPath(clientId)}/activities/${seg(activityId)}/revisions`,
  ),
  create: post<typeof recordActivity, typeof activity>()(
    (clientId: string) => `${clientPath(clientId)}/activities`,
  ),
  edit: patch<typeof editActivity, typeof activity>()(
    (clientId: string, activityId: string) => `${clientPath(clientId)}/activities/${seg(activityId)}`,
  ),
  retract: post<typeof retractActivity, typeof activity>()(
    (clientId: string, activityId: string) =>
      `${clientPath(clientId)}/activities/${seg(activityId)}/retraction`,
  ),
};

/** The coach's appointments, and one client's. */
export const appointments = {
  week: search<z.ZodArray<typeof appointment>, typeof appointmentWindow>()(() => "/api/appointments"),
  ofClient: search<z.ZodArray<typeof appointment>, typeof clientAppointmentQuery>()(
    (clientId: string) => `${clientPath(clientId)}/appointments`,
  ),
  create: post<typeof createAppointment, typeof appointment>()(() => "/api/appointments"),
  edit: patch<typeof editAppointment, typeof appointment>()((id: string) => `/api/appointments/${seg(id)}`),
  cancel: post<typeof cancelAppointment, typeof appointment>()(
    (id: string) => `/api/appointments/${seg(id)}/cancellation`,
  ),
  /** A held appointment becomes an activity; time, length and place default from it. */
  recordHeld: post<typeof recordHeldAppointment, typeof activity>()(
    (id: string) => `/api/appointments/${seg(id)}/activity`,
  ),
};

/** A client's jobs, work trials (työkokeilu) and studies. */
export const jobs = {
  list: get<z.ZodArray<typeof jobListItem>>()((clientId: string) => `${clientPath(clientId)}/jobs`),
  create: post<typeof recordJob, typeof job>()((clientId: string) => `${clientPath(clientId)}/jobs`),
  update: patch<typeof updateJob, typeof job>()(
    (clientId: string, jobId: string) => `${clientPath(clientId)}/jobs/${seg(jobId)}`,
  ),
  end: post<typeof endJob, typeof job>()(
    (clientId: string, jobId: string) => `${clientPath(clientId)}/jobs/${seg(jobId)}/ending`,
  ),
};
export const workTrials = {
  list: get<z.ZodArray<typeof workTrial>>()((clientId: string) => `${clientPath(clientId)}/work-trials`),
  create: post<typeof recordWorkTrial, typeof workTrial>()(
    (clientId: string) => `${clientPath(clientId)}/work-trials`,
  ),
  update: patch<typeof updateWorkTrial, typeof workTrial>()(
    (clientId: string, id: string) => `${clientPath(clientId)}/work-trials/${seg(id)}`,
  ),
};
export const studies = {
  list: get<z.ZodArray<typeof study>>()((clientId: string) => `${clientPath(clientId)}/studies`),
  create: post<typeof recordStudy, typeof study>()((clientId: string) => `${clientPath(clientId)}/studies`),
  update: patch<typeof updateStudy, typeof study>()(
    (clientId: string, id: string) => `${clientPath(clientId)}/studies/${seg(id)}`,
  ),
};

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
