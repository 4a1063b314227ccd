import type {
  createEmployer,
  employer,
  endJob,
  jobListItem,
  recordJob,
  recordStudy,
  recordWorkTrial,
  study,
  workTrial,
} from "@core/contracts/work";
import type { z } from "zod";

/** Types of the work contract (core/contracts/work.ts), as the web app sees them. */
export type Employer = z.infer<typeof employer>;
export type CreateEmployer = z.input<typeof createEmployer>;
export type JobListItem = z.infer<typeof jobListItem>;
export type FullJob = Extract<JobListItem, { view: "full" }>;
export type RecordJob = z.input<typeof recordJob>;
export type EndJob = z.input<typeof endJob>;
export type WorkTrial = z.infer<typeof workTrial>;
export type RecordWorkTrial = z.input<typeof recordWorkTrial>;
export type Study = z.infer<typeof study>;
export type RecordStudy = z.input<typeof recordStudy>;
