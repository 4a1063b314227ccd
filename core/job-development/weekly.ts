import { helsinkiDate } from "../time/dates.ts";

/** IPS expects about six face-to-face employer contacts per coach per week (fidelity V6). */
export const WEEKLY_FACE_TO_FACE_TARGET = 6;

/** Monday (YYYY-MM-DD) of the Finnish calendar week that contains the given ISO date. */
export function weekStartOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const offset = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
}

/** The Mondays of the `count` weeks ending with the week of `today`, oldest first. */
export function lastWeeks(today: string, count: number): string[] {
  const current = Date.parse(`${weekStartOf(today)}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(current - (count - 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10),
  );
}

export type ContactEvent = {
  kind: "contact";
  coachUserId: string;
  at: Date;
  employerId: string;
  faceToFace: boolean;
  presentedClientIds: string[];
  interviewClientIds: string[];
  hiredClientIds: string[];
};
export type LeadEvent = {
  kind: "lead";
  coachUserId: string;
  at: Date;
  employerId: string;
  clientId: string;
  stage: "presented" | "interview" | "hired";
};
export type JobDevelopmentEvent = ContactEvent | LeadEvent;

export type WeekCounts = {
  weekStart: string;
  faceToFaceContacts: number;
  distinctEmployers: number;
  jobSeekersPresented: number;
  interviews: number;
  hires: number;
};

/**
 * Counts one week of job development. A job seeker presented, an interview or a hire is counted
 * once per job seeker and employer in the week, whether it was recorded as an employer contact's
 * outcome or as a step of a job lead, so recording both never counts twice.
 */
export function countWeek(events: readonly JobDevelopmentEvent[], weekStart: string): WeekCounts {
  const inWeek = events.filter((e) => weekStartOf(helsinkiDate(e.at)) === weekStart);
  const employers = new Set<string>();
  const presented = new Set<string>();
  const interviews = new Set<string>();
  const hires = new Set<string>();
  let faceToFace = 0;
  for (const e of inWeek) {
    employers.add(e.employerId);
    if (e.kind === "contact") {
      if (e.faceToFace) faceToFace++;
      for (const c of e.presentedClientIds) presented.add(c);
      for (const c of e.interviewClientIds) interviews.add(`${c}:${e.employerId}`);
      for (const c of e.hiredClientIds) hires.add(`${c}:${e.employerId}`);
    } else {
      if (e.stage === "presented") presented.add(e.clientId);
      if (e.stage === "interview") interviews.add(`${e.clientId}:${e.employerId}`);
      if (e.stage === "hired") hires.add(`${e.clientId}:${e.employerId}`);
    }
  }
  return {
    weekStart,
    faceToFaceContacts: faceToFace,
    distinctEmployers: employers.size,
    jobSeekersPresented: presented.size,
    interviews: interviews.size,
    hires: hires.size,
  };
}
