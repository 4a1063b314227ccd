import type { z } from "zod";
import type { weeklyPicture } from "../../../core/contracts/employers.ts";
import { countWeek, lastWeeks, WEEKLY_FACE_TO_FACE_TARGET } from "../../../core/job-development/weekly.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { coachesOf, ledTeamIds, type TeamCoach } from "./team-coaches.ts";
import { jobDevelopmentEvents } from "./weekly-events.ts";

export type WeeklyPicture = z.infer<typeof weeklyPicture>;

/**
 * The weekly job development picture (fidelity V6): face-to-face employer contacts against the
 * IPS expectation of 6 per full-time coach, distinct employers, job seekers presented, interviews
 * and hires, for the last `weeks` weeks. A coach sees their own weeks; a team leader sees every
 * coach of the teams they lead and the team total (`team`, null for callers who lead no team).
 * `target` is the IPS expectation per full-time coach; each coach's own is scaled by their FTE.
 */
export function getWeeklyPicture(
  database: Database,
  actor: Actor,
  weeks: number,
  now = new Date(),
): Promise<WeeklyPicture> {
  return inTransaction(database, async (trx) => {
    const mondays = lastWeeks(helsinkiDate(now), weeks);
    const teamIds = ledTeamIds(actor);
    const own = actor.memberships.some((m) => m.role === "coach")
      ? await coachesOf(trx, { userIds: [actor.userId] })
      : [];
    const team = await coachesOf(trx, { teamIds });
    const coaches: TeamCoach[] = [...own, ...team.filter((c) => !own.some((o) => o.userId === c.userId))];
    // A day early, so the first Monday's small hours in Finnish time are surely included.
    const from = new Date(Date.parse(`${mondays[0]}T00:00:00Z`) - 86_400_000);
    const events = await jobDevelopmentEvents(
      trx,
      coaches.map((c) => c.userId),
      from,
    );
    const teamCoachIds = new Set(team.map((c) => c.userId));
    const picture: WeeklyPicture = {
      target: WEEKLY_FACE_TO_FACE_TARGET,
      coaches: coaches.map((coach) => {
        const mine = events.filter((e) => e.coachUserId === coach.userId);
        return {
          coachUserId: coach.userId,
          coachName: coach.name,
          fte: coach.fte,
          target: WEEKLY_FACE_TO_FACE_TARGET * (coach.fte ?? 1),
          weeks: mondays.map((monday) => countWeek(mine, monday)),
        };
      }),
      team:
        teamIds.length === 0
          ? null
          : mondays.map((monday) =>
              countWeek(
                events.filter((e) => teamCoachIds.has(e.coachUserId)),
                monday,
              ),
            ),
    };
    await recordAuditEvent(trx, {
      eventType: "weekly_picture.viewed",
      actorUserId: actor.userId,
      details: { weeks, coachUserIds: coaches.map((c) => c.userId), teamIds },
    });
    return picture;
  });
}
