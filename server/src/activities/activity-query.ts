import type { z } from "zod";
import type { activity, activityContent } from "../../../core/contracts/activities.ts";
import type { Actor } from "../access/actor.ts";
import type { ClientAccessLevel } from "../access/client-gate.ts";
import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";

export type ActivityView = z.infer<typeof activity>;
export type ActivityContent = z.infer<typeof activityContent>;

const iso = (at: Date | string) => new Date(at).toISOString();

/** Activities with their author's and retractor's names; callers scope it to a gated client. */
export function activitiesQuery(db: Executor) {
  return db
    .selectFrom("activity as a")
    .leftJoin("user as au", "au.id", "a.author_user_id")
    .leftJoin("user as ru", "ru.id", "a.retracted_by")
    .selectAll("a")
    .select(["au.name as author_name", "ru.name as retracted_by_name"]);
}

export type ActivityRow = Awaited<ReturnType<ReturnType<typeof activitiesQuery>["execute"]>>[number];

/** The content of one version, as activity_revision stores it. */
export function contentOf(row: ActivityRow): ActivityContent {
  return {
    occurredAt: iso(row.occurred_at),
    durationMinutes: row.duration_minutes,
    type: row.type as ActivityContent["type"],
    mode: row.mode as ActivityContent["mode"],
    place: row.place as ActivityContent["place"],
    participants: row.participants as ActivityContent["participants"],
    purposes: row.purposes as ActivityContent["purposes"],
    employerId: row.employer_id,
    jobId: row.job_id,
    notes: row.notes,
    sharedWithTreatmentTeam: row.shared_with_treatment_team,
  };
}

/**
 * Only the author or a team leader of the client's current IPS team may change an activity;
 * the presenter's canEdit and the edit and retraction use cases all ask this.
 */
export function mayChangeActivity(actor: Actor, authorUserId: string, clientTeamIds: readonly string[]) {
  return (
    actor.userId === authorUserId ||
    actor.memberships.some(
      (m) => m.role === "team_lead" && m.teamId !== null && clientTeamIds.includes(m.teamId),
    )
  );
}

/** The IPS team currently working the client (the open assignment), for the team-leader rule. */
export async function clientTeamIds(db: Executor, client: GatedClient | null): Promise<string[]> {
  if (!client) return [];
  const rows = await db
    .selectFrom("episode_assignment as ea")
    .innerJoin("episode as e", "e.id", "ea.episode_id")
    .select("ea.ips_team_id")
    .where("e.client_id", "=", client.clientId)
    .where("ea.valid_to", "is", null)
    .execute();
  return rows.map((r) => r.ips_team_id);
}

/**
 * Whitelists an activity for the caller's access: the shared view gets type, mode, time,
 * purposes, notes and the author's name; the IPS team gets the details and the retraction flag.
 */
export function presentActivity(
  row: ActivityRow,
  access: ClientAccessLevel,
  actor: Actor,
  teamIds: readonly string[],
): ActivityView {
  const full = access === "full";
  const content = contentOf(row);
  return {
    id: row.id,
    occurredAt: content.occurredAt,
    type: content.type,
    mode: content.mode,
    purposes: content.purposes,
    notes: row.notes,
    authorName: row.author_name,
    access,
    details: full
      ? {
          clientId: row.client_id,
          episodeId: row.episode_id,
          authorUserId: row.author_user_id,
          durationMinutes: content.durationMinutes,
          place: content.place,
          participants: content.participants,
          employerId: row.employer_id,
          jobId: row.job_id,
          appointmentId: row.appointment_id,
          sharedWithTreatmentTeam: row.shared_with_treatment_team,
          version: row.version,
          updatedAt: iso(row.updated_at),
          retraction: row.retracted_at
            ? { at: iso(row.retracted_at), byName: row.retracted_by_name, reason: row.retraction_reason }
            : null,
        }
      : null,
    canEdit: full && row.retracted_at === null && mayChangeActivity(actor, row.author_user_id, teamIds),
  };
}

/**
 * Loads and presents one activity of a gated client (null: an activity without a client, e.g. a
 * held appointment with no client); undefined when it is not that client's.
 */
export async function loadActivity(
  db: Executor,
  actor: Actor,
  client: GatedClient | null,
  activityId: string,
  access: ClientAccessLevel,
): Promise<ActivityView | undefined> {
  let query = activitiesQuery(db).where("a.id", "=", activityId);
  query = client ? query.where("a.client_id", "=", client.clientId) : query.where("a.client_id", "is", null);
  const row = await query.executeTakeFirst();
  return row ? presentActivity(row, access, actor, await clientTeamIds(db, client)) : undefined;
}
