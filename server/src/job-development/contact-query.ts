import type { z } from "zod";
import type { contactOutcomes, contactPurposes, employerContact } from "../../../core/contracts/employers.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import type { Executor } from "../platform/db/transaction.ts";

export type EmployerContactView = z.infer<typeof employerContact>;

export type ContactFilter = {
  organisationId: string;
  contactId?: string;
  employerId?: string;
  clientId?: string;
  coachUserIds?: readonly string[];
  from?: string;
  to?: string;
  limit?: number;
};

/**
 * The organisation's employer contacts matching the filter, newest first, retracted ones left
 * out (they no longer count anywhere). Job seekers are named only when the caller works their
 * full record; the rest are counted, so an employer's log never spreads client data.
 */
export async function loadContacts(
  db: Executor,
  actor: Actor,
  filter: ContactFilter,
): Promise<EmployerContactView[]> {
  let query = db
    .selectFrom("employer_contact as c")
    .innerJoin("employer as e", "e.id", "c.employer_id")
    .innerJoin("user as u", "u.id", "c.coach_user_id")
    .leftJoin("employer_contact_person as p", "p.id", "c.contact_person_id")
    .selectAll("c")
    .select(["e.name as employer_name", "u.name as coach_name", "p.name as contact_person_name"])
    .where("c.organisation_id", "=", filter.organisationId)
    .where("c.retracted_at", "is", null);
  if (filter.contactId) query = query.where("c.id", "=", filter.contactId);
  if (filter.employerId) query = query.where("c.employer_id", "=", filter.employerId);
  if (filter.coachUserIds) query = query.where("c.coach_user_id", "in", ["", ...filter.coachUserIds]);
  if (filter.from) query = query.where("c.occurred_at", ">=", new Date(filter.from));
  if (filter.to) query = query.where("c.occurred_at", "<", new Date(filter.to));
  if (filter.clientId) {
    const clientId = filter.clientId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("employer_contact_client as l")
          .select("l.client_id")
          .whereRef("l.employer_contact_id", "=", "c.id")
          .where("l.client_id", "=", clientId),
      ),
    );
  }
  const rows = await query
    .orderBy("c.occurred_at", "desc")
    .orderBy("c.created_at", "desc")
    .limit(filter.limit ?? 50)
    .execute();
  if (rows.length === 0) return [];
  const contactIds = rows.map((r) => r.id);
  // Job seekers are read through the gate: only clients the caller works in full are joined, so
  // no field of anyone else is loaded; the others are counted per contact.
  const links = await db
    .selectFrom("employer_contact_client as l")
    .innerJoin(
      visibleClients(db, actor, helsinkiDate(), "full")
        .select(["client.id", "client.first_name", "client.last_name"])
        .as("k"),
      "k.id",
      "l.client_id",
    )
    .select(["l.employer_contact_id", "l.client_id", "l.disclosure_warning", "k.first_name", "k.last_name"])
    .where("l.employer_contact_id", "in", contactIds)
    .orderBy("k.last_name")
    .orderBy("k.first_name")
    .execute();
  const totals = await db
    .selectFrom("employer_contact_client as l")
    .select((eb) => ["l.employer_contact_id", eb.fn.countAll().as("n")])
    .where("l.employer_contact_id", "in", contactIds)
    .groupBy("l.employer_contact_id")
    .execute();
  const totalOf = new Map(totals.map((r) => [r.employer_contact_id, Number(r.n)]));
  return rows.map((row) => {
    const seen = links.filter((l) => l.employer_contact_id === row.id);
    const all = totalOf.get(row.id) ?? 0;
    return {
      id: row.id,
      employerId: row.employer_id,
      employerName: row.employer_name,
      contactPersonName: row.contact_person_name,
      coachUserId: row.coach_user_id,
      coachName: row.coach_name,
      occurredAt: row.occurred_at.toISOString(),
      faceToFace: row.face_to_face,
      purposes: row.purposes as (typeof contactPurposes)[number][],
      outcome: row.outcome as (typeof contactOutcomes)[number],
      qualityLevel: row.quality_level,
      nextStep: seen.length === all ? row.next_step : null,
      nextStepOn: row.next_step_on,
      // Free text about a client-specific contact may speak of the client: only for callers who
      // may see every job seeker it was for.
      notes: seen.length === all ? row.notes : null,
      jobSeekers: seen.map((l) => ({
        clientId: l.client_id,
        name: `${l.first_name} ${l.last_name}`,
        disclosureWarning: l.disclosure_warning,
      })),
      otherJobSeekers: all - seen.length,
    };
  });
}
