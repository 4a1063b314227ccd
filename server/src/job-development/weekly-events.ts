import type { JobDevelopmentEvent } from "../../../core/job-development/weekly.ts";
import type { Executor } from "../platform/db/transaction.ts";

/**
 * The job development of the given coaches since `from`, as the events the weekly count reads:
 * their employer contacts (not retracted), whose job seekers count as presented when the purpose
 * was to present them and as interviews or hires by the outcome; and their job lead steps.
 */
export async function jobDevelopmentEvents(
  db: Executor,
  coachUserIds: readonly string[],
  from: Date,
): Promise<JobDevelopmentEvent[]> {
  if (coachUserIds.length === 0) return [];
  const contacts = await db
    .selectFrom("employer_contact")
    .select(["id", "coach_user_id", "occurred_at", "employer_id", "face_to_face", "purposes", "outcome"])
    .where("coach_user_id", "in", [...coachUserIds])
    .where("occurred_at", ">=", from)
    .where("retracted_at", "is", null)
    .execute();
  const links =
    contacts.length === 0
      ? []
      : await db
          .selectFrom("employer_contact_client")
          .select(["employer_contact_id", "client_id"])
          .where(
            "employer_contact_id",
            "in",
            contacts.map((c) => c.id),
          )
          .execute();
  const events: JobDevelopmentEvent[] = contacts.map((c) => {
    const clients = links.filter((l) => l.employer_contact_id === c.id).map((l) => l.client_id);
    return {
      kind: "contact",
      coachUserId: c.coach_user_id,
      at: c.occurred_at,
      employerId: c.employer_id,
      faceToFace: c.face_to_face,
      presentedClientIds: c.purposes.includes("present_job_seeker") ? clients : [],
      interviewClientIds: c.outcome === "interview_agreed" ? clients : [],
      hiredClientIds: c.outcome === "hire" ? clients : [],
    };
  });
  const steps = await db
    .selectFrom("job_lead_event as v")
    .innerJoin("job_lead as l", "l.id", "v.job_lead_id")
    .select(["v.by_user_id", "v.occurred_at", "v.client_id", "v.stage", "l.employer_id"])
    .where("v.by_user_id", "in", [...coachUserIds])
    .where("v.occurred_at", ">=", from)
    .where("v.stage", "in", ["presented", "interview", "hired"])
    .execute();
  for (const s of steps) {
    events.push({
      kind: "lead",
      coachUserId: s.by_user_id,
      at: s.occurred_at,
      employerId: s.employer_id,
      clientId: s.client_id,
      stage: s.stage as "presented" | "interview" | "hired",
    });
  }
  return events;
}
