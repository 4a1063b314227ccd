import { activePhases, type Phase } from "../episodes/phase.ts";
import { addDays } from "../time/dates.ts";
import { benefitsPlanningDue } from "./benefits-planning.ts";
import {
  type FollowAlongContact,
  type FollowAlongKind,
  followAlongDue,
  type JobFacts,
} from "./follow-along.ts";

/** What a to-do item asks for; labels live in core/i18n under `todo.kinds.`. */
export const todoKinds = [
  "employer_next_step",
  "plan_step",
  "career_profile_update",
  "benefits_planning",
  "follow_along_before_start",
  "follow_along_after_start",
  "follow_along_weekly",
  "follow_along_monthly",
  "follow_along_after_job_loss",
  "no_contact_30_days",
  "referral_decision",
] as const satisfies readonly (string | FollowAlongKind)[];
export type TodoKind = (typeof todoKinds)[number];

/** Days without any contact before a client appears on the list (issue 10; V14 assertive engagement). */
export const NO_CONTACT_TODO_DAYS = 30;
/** A referral waits at most a week for the decision (the supervision agenda's "more than a week"). */
export const REFERRAL_DECISION_DAYS = 7;
/** The career profile is updated after every job start and end (fidelity V3), within two weeks. */
export const CAREER_PROFILE_UPDATE_DAYS = 14;

/** Where the item is done: a client's tab, or a new employer contact. */
export type TodoTarget =
  | { kind: "client"; clientId: string; tab: "contacts" | "plans" | "episodes" }
  | { kind: "employer_contact"; organisationId: string; employerId: string };

export type TodoItem = {
  /** Stable while the same due instance stands; a new instance gets a new key (snoozes key on it). */
  key: string;
  kind: TodoKind;
  due: string;
  clientId: string | null;
  /** What the item is about, as recorded by the coach: the step text, the job title, the employer. */
  subject: string | null;
  target: TodoTarget;
};

/** One episode on the coach's caseload, as the to-do rules read it. */
export type EpisodeTodoFacts = {
  clientId: string;
  episodeId: string;
  phase: Phase;
  referralDate: string;
  agreementDate: string | null;
  jobs: JobFacts[];
  /** The episode's contacts by mode, presence and purpose (V12 counts face to face with the client). */
  followAlongContacts: FollowAlongContact[];
  /** Days of contacts with the client (not documentation); the latest is enough. */
  contactOn: string[];
  /** The day the career profile was last saved, if it exists. */
  careerProfileOn: string | null;
  /** The "done on" day of the latest benefits planning, if any (fidelity V1). */
  benefitsPlanOn: string | null;
  /** The steps of the latest job search plan. */
  planSteps: Array<{ text: string; due?: string | null; doneOn?: string | null }>;
};

/** A next step the coach wrote on an employer contact (job development). */
export type EmployerNextStepFacts = {
  contactId: string;
  organisationId: string;
  employerId: string;
  employerName: string;
  nextStep: string | null;
  nextStepOn: string;
  /** The contact's day, and whether the employer has been contacted again after it. */
  contactedAgain: boolean;
  /** A client of the coach the contact was made for, if any. */
  clientId: string | null;
};

const keyOf = (kind: TodoKind, subjectId: string, due: string) => `${kind}:${subjectId}:${due}`;

/** A short, stable fingerprint of a plan step's text (steps have no ids). */
export function stepFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

const latest = (dates: readonly string[]) =>
  dates.reduce<string | null>((a, d) => (a && a > d ? a : d), null);

/** The to-do items of one episode on `today` (due any day; filter with `dueBetween`). */
export function episodeTodos(f: EpisodeTodoFacts, today: string): TodoItem[] {
  const client = (tab: "contacts" | "plans" | "episodes") =>
    ({ kind: "client", clientId: f.clientId, tab }) as const;
  const item = (
    kind: TodoKind,
    subjectId: string,
    due: string,
    subject: string | null,
    tab: "contacts" | "plans" | "episodes",
  ): TodoItem => ({
    key: keyOf(kind, subjectId, due),
    kind,
    due,
    clientId: f.clientId,
    subject,
    target: client(tab),
  });
  if (f.phase === "referred")
    return [
      item(
        "referral_decision",
        f.episodeId,
        addDays(f.referralDate, REFERRAL_DECISION_DAYS),
        null,
        "episodes",
      ),
    ];
  // On hold, closed or declined: the service is paused or over, so nothing is asked of the coach.
  if (!activePhases.includes(f.phase)) return [];
  const out: TodoItem[] = [];
  const lastContact = latest(f.contactOn) ?? f.agreementDate ?? f.referralDate;
  out.push(
    item("no_contact_30_days", f.episodeId, addDays(lastContact, NO_CONTACT_TODO_DAYS), null, "contacts"),
  );
  for (const step of f.planSteps)
    if (step.due && !step.doneOn)
      out.push(
        item("plan_step", `${f.episodeId}.${stepFingerprint(step.text)}`, step.due, step.text, "plans"),
      );
  const jobEvents = f.jobs
    .flatMap((j) => [j.startDate, ...(j.endDate ? [j.endDate] : [])])
    .filter((d) => d <= today);
  const lastJobEvent = latest(jobEvents);
  if (f.careerProfileOn && lastJobEvent && f.careerProfileOn < lastJobEvent)
    out.push(
      item(
        "career_profile_update",
        f.episodeId,
        addDays(lastJobEvent, CAREER_PROFILE_UPDATE_DAYS),
        null,
        "plans",
      ),
    );
  for (const d of benefitsPlanningDue(f.jobs, f.benefitsPlanOn, today))
    out.push(item("benefits_planning", d.jobId, d.due, d.title, "plans"));
  for (const job of f.jobs)
    for (const d of followAlongDue(job, f.followAlongContacts, today))
      out.push(item(d.kind, job.id, d.due, job.title, "contacts"));
  return out;
}

/** The item of an employer contact's next step, until the employer is contacted again. */
export function employerNextStepTodo(f: EmployerNextStepFacts): TodoItem | null {
  if (f.contactedAgain) return null;
  return {
    key: keyOf("employer_next_step", f.contactId, f.nextStepOn),
    kind: "employer_next_step",
    due: f.nextStepOn,
    clientId: f.clientId,
    subject: f.nextStep ? `${f.employerName}: ${f.nextStep}` : f.employerName,
    target: { kind: "employer_contact", organisationId: f.organisationId, employerId: f.employerId },
  };
}

/** Items due in [from, to], both included, by due date then kind: what a calendar shows on its days. */
export function dueBetween(items: readonly TodoItem[], from: string, to: string): TodoItem[] {
  return items.filter((i) => i.due >= from && i.due <= to).sort(byDue);
}

/** Earliest due first; ties by kind and key, so the order is stable. */
export function byDue(a: TodoItem, b: TodoItem): number {
  return a.due.localeCompare(b.due) || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key);
}

/** Overdue: the due day has passed without the thing being done. */
export const isOverdue = (item: Pick<TodoItem, "due">, today: string) => item.due < today;
