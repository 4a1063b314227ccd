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
import { clientPath, get, patch, post, seg } from "./endpoint.ts";

const under = (part: string) => (clientId: string) => `${clientPath(clientId)}/${part}`;
const one = (part: string) => (clientId: string, id: string) => `${clientPath(clientId)}/${part}/${seg(id)}`;

/** A client's jobs. */
export const jobs = {
  list: get<z.ZodArray<typeof jobListItem>>()(under("jobs")),
  create: post<typeof recordJob, typeof job>()(under("jobs")),
  update: patch<typeof updateJob, typeof job>()(one("jobs")),
  end: post<typeof endJob, typeof job>()(
    (clientId: string, id: string) => `${one("jobs")(clientId, id)}/ending`,
  ),
};

/** A client's work trials (työkokeilu). */
export const workTrials = {
  list: get<z.ZodArray<typeof workTrial>>()(under("work-trials")),
  create: post<typeof recordWorkTrial, typeof workTrial>()(under("work-trials")),
  update: patch<typeof updateWorkTrial, typeof workTrial>()(one("work-trials")),
};

/** A client's studies. */
export const studies = {
  list: get<z.ZodArray<typeof study>>()(under("studies")),
  create: post<typeof recordStudy, typeof study>()(under("studies")),
  update: patch<typeof updateStudy, typeof study>()(one("studies")),
};
