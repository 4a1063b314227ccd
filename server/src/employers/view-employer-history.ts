import type { z } from "zod";
import type { employerHistory } from "../../../core/contracts/employers.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { findEmployer } from "./employer-columns.ts";
import { tenureWeeks } from "./employer-tenure.ts";

export type EmployerHistory = z.infer<typeof employerHistory>;

/**
 * Everything with one employer: contacts (not retracted) with the coach, the contact person and how
 * many job seekers each was for; the jobs that came from them with their tenure; the job leads.
 * No client is named. The rule is the contact list's: a contact's free-text next step shows only
 * to a caller who works every job seeker it was for in full. A job's details (title, dates,
 * tenure) show only for clients whose record the caller works in full; the rest are counted, as
 * at a small employer the list of jobs alone could say who works there.
 */
export function viewEmployerHistory(
  database: Database,
  actor: Actor,
  organisationId: string,
  employerId: string,
  today: string = helsinkiDate(),
): Promise<EmployerHistory> {
  requireOrganisation(actor, "employer.read", organisationId);
  return inTransaction(database, async (trx) => {
    const employer = await findEmployer(trx, organisationId, employerId);
    // The gate decides in SQL which clients the caller works in full; no other client row is read.
    const fully = () => visibleClients(trx, actor, today, "full").select("client.id").as("v");
    const contacts = await trx
      .selectFrom("employer_contact as c")
      .innerJoin("user as u", "u.id", "c.coach_user_id")
      .leftJoin("employer_contact_person as p", "p.id", "c.contact_person_id")
      .select((eb) => [
        "c.id",
        "c.occurred_at",
        "u.name as coach_name",
        "c.face_to_face",
        "c.purposes",
        "c.outcome",
        "p.name as person_name",
        "c.next_step",
        "c.next_step_on",
        eb
          .selectFrom("employer_contact_client as cc")
          .select((s) => s.fn.countAll().as("n"))
          .whereRef("cc.employer_contact_id", "=", "c.id")
          .as("job_seekers"),
        eb
          .selectFrom("employer_contact_client as cv")
          .innerJoin(fully(), "v.id", "cv.client_id")
          .select((s) => s.fn.countAll().as("n"))
          .whereRef("cv.employer_contact_id", "=", "c.id")
          .as("seen_job_seekers"),
      ])
      .where("c.employer_id", "=", employer.id)
      .where("c.organisation_id", "=", organisationId)
      .where("c.retracted_at", "is", null)
      .orderBy("c.occurred_at", "desc")
      .execute();
    const jobs = await trx
      .selectFrom("job as j")
      .innerJoin("episode as ep", "ep.id", "j.episode_id")
      .innerJoin(fully(), "v.id", "ep.client_id")
      .select(["j.title", "j.start_date", "j.end_date"])
      .where("j.employer_id", "=", employer.id)
      .where("ep.organisation_id", "=", organisationId)
      .orderBy("j.start_date", "desc")
      .execute();
    const allJobs = await trx
      .selectFrom("job as j")
      .innerJoin("episode as ep", "ep.id", "j.episode_id")
      .select((eb) => [
        eb.fn.countAll().as("n"),
        eb.fn
          .countAll()
          .filterWhere((w) => w.or([w("j.end_date", "is", null), w("j.end_date", ">", today)]))
          .as("ongoing"),
      ])
      .where("j.employer_id", "=", employer.id)
      .where("ep.organisation_id", "=", organisationId)
      .executeTakeFirstOrThrow();
    const shownOngoing = jobs.filter((j) => j.end_date === null || j.end_date > today).length;
    const leads = await trx
      .selectFrom("job_lead")
      .select(["id", "title", "status", "created_at"])
      .where("employer_id", "=", employer.id)
      .where("organisation_id", "=", organisationId)
      .orderBy("created_at", "desc")
      .execute();
    await recordAuditEvent(trx, {
      eventType: "employer.viewed",
      actorUserId: actor.userId,
      organisationId,
      targetType: "employer",
      targetId: employer.id,
      details: { view: "history" },
    });
    return {
      contacts: contacts.map((c) => ({
        id: c.id,
        occurredAt: c.occurred_at.toISOString(),
        coachName: c.coach_name,
        faceToFace: c.face_to_face,
        purposes: c.purposes,
        outcome: c.outcome,
        contactPersonName: c.person_name,
        jobSeekerCount: Number(c.job_seekers ?? 0),
        nextStep: Number(c.seen_job_seekers ?? 0) === Number(c.job_seekers ?? 0) ? c.next_step : null,
        nextStepOn: c.next_step_on,
      })),
      jobs: jobs.map((j) => ({
        title: j.title,
        startDate: j.start_date,
        endDate: j.end_date,
        tenureWeeks: tenureWeeks(j.start_date, j.end_date, today),
        ongoing: j.end_date === null || j.end_date > today,
      })),
      otherJobs: {
        count: Number(allJobs.n) - jobs.length,
        ongoing: Number(allJobs.ongoing) - shownOngoing,
      },
      leads: leads.map((l) => ({
        id: l.id,
        title: l.title,
        status: l.status,
        createdAt: l.created_at.toISOString(),
      })),
    };
  });
}
