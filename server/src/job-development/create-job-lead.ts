import type { z } from "zod";
import type { createJobLead as schema } from "../../../core/contracts/employers.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";
import { employerOfOrganisation } from "./employer-of-organisation.ts";
import { type JobLeadView, requireLead } from "./lead-query.ts";

export type CreateJobLeadInput = z.infer<typeof schema>;

/**
 * Records a job lead: an advertised opening, or a hidden one found through employer contacts (the
 * contact it came from may be named; it must be a contact with the same employer).
 */
export function createJobLead(
  database: Database,
  actor: Actor,
  organisationId: string,
  input: CreateJobLeadInput,
): Promise<JobLeadView> {
  requireOrganisation(actor, "employer.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const employer = await employerOfOrganisation(trx, organisationId, input.employerId);
    const sourceContactId = input.sourceContactId ?? null;
    if (sourceContactId !== null) {
      const source = await trx
        .selectFrom("employer_contact")
        .select("id")
        .where("id", "=", sourceContactId)
        .where("organisation_id", "=", organisationId)
        .where("employer_id", "=", employer.id)
        .executeTakeFirst();
      if (!source) throw invalid({ sourceContactId: { key: "invalid_option" } });
    }
    const row = await trx
      .insertInto("job_lead")
      .values({
        organisation_id: organisationId,
        employer_id: employer.id,
        title: input.title,
        occupation_code: input.occupationCode ?? null,
        hours_per_week: input.hoursPerWeek ?? null,
        municipality: input.municipality ?? null,
        advertised: input.advertised,
        notes: input.notes ?? null,
        found_by: actor.userId,
        source_contact_id: sourceContactId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "job_lead.created",
      actorUserId: actor.userId,
      organisationId,
      targetType: "job_lead",
      targetId: row.id,
      details: { employerId: employer.id, advertised: input.advertised, sourceContactId },
    });
    return requireLead(trx, actor, organisationId, row.id);
  });
}
