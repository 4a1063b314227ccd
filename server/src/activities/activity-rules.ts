import { type AccessDenied, deny } from "../access/deny.ts";
import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";
import type { ActivityContent } from "./activity-query.ts";

const DAY_MS = 86_400_000;

/** The client's current (latest open) episode, which a new activity belongs to; null when none. */
export async function currentEpisodeId(db: Executor, client: GatedClient): Promise<string | null> {
  const row = await db
    .selectFrom("episode")
    .select("id")
    .where("client_id", "=", client.clientId)
    .where("closure_date", "is", null)
    .where("referral_decision", "<>", "declined")
    .orderBy("referral_date", "desc")
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Checks what an activity refers to: not more than a day ahead (a note written the evening
 * before is fine, a planned meeting belongs in the calendar), an employer of the organisation,
 * and a job of one of the client's episodes. Throws field errors.
 */
export async function checkActivityContent(
  db: Executor,
  content: Pick<ActivityContent, "occurredAt" | "employerId" | "jobId">,
  organisationId: string,
  client: GatedClient | null,
  now = new Date(),
): Promise<void> {
  if (Date.parse(content.occurredAt) > now.getTime() + DAY_MS) {
    throw invalid({ occurredAt: { key: "in_future" } });
  }
  if (content.employerId) {
    const employer = await db
      .selectFrom("employer")
      .select("id")
      .where("id", "=", content.employerId)
      .where("organisation_id", "=", organisationId)
      .executeTakeFirst();
    if (!employer) throw invalid({ employerId: { key: "invalid_option" } });
  }
  if (content.jobId) {
    const job = client
      ? await db
          .selectFrom("job as j")
          .innerJoin("episode as e", "e.id", "j.episode_id")
          .select("j.id")
          .where("j.id", "=", content.jobId)
          .where("e.client_id", "=", client.clientId)
          .executeTakeFirst()
      : undefined;
    if (!job) throw invalid({ jobId: { key: "invalid_option" } });
  }
}

/**
 * A refused change to an activity, through the gate's one denial helper: the route layer audits
 * it (naming the activity) after the use case's transaction has rolled back.
 */
export function denyActivityChange(
  organisationId: string,
  action: "activity.edit" | "activity.retract",
  ref: { activityId: string },
): AccessDenied {
  return deny("forbidden", { organisationId, targetType: "activity", targetId: ref.activityId, action });
}
