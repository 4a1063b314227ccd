import type { z } from "zod";
import type { recordedContact, recordEmployerContact as schema } from "../../../core/contracts/employers.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import type { GatedClient } from "../access/gated-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { type Executor, inTransaction } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";
import { loadContacts } from "./contact-query.ts";
import { disclosureWarningsFor } from "./disclosure-warnings.ts";
import { employerOfOrganisation } from "./employer-of-organisation.ts";
import { gateJobSeekers } from "./gate-job-seekers.ts";

export type RecordEmployerContactInput = z.infer<typeof schema>;
export type RecordedContact = z.infer<typeof recordedContact>;

// A phone's clock may run a little ahead of the server's; a contact is something that happened.
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Records one employer contact by the signed-in coach (fidelity V4–V7). Each job seeker it was for
 * must be a client the coach works in full; the link keeps the client's open episode and whether
 * their disclosure plan allowed health to be discussed with this employer. A contact against the
 * plan is still recorded (the coach has seen the warning), and the warnings come back with it.
 */
export function recordEmployerContact(
  database: Database,
  actor: Actor,
  organisationId: string,
  input: RecordEmployerContactInput,
  now = new Date(),
): Promise<RecordedContact> {
  requireOrganisation(actor, "employer.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const employer = await employerOfOrganisation(
      trx,
      organisationId,
      input.employerId,
      input.contactPersonId ?? null,
    );
    const seekers = await gateJobSeekers(trx, actor, organisationId, input.clientIds);
    if (Date.parse(input.occurredAt) > now.getTime() + CLOCK_SKEW_MS)
      throw invalid({ occurredAt: { key: "in_future" } });
    const warnings = await disclosureWarningsFor(trx, employer, seekers);
    const contact = await trx
      .insertInto("employer_contact")
      .values({
        organisation_id: organisationId,
        employer_id: employer.id,
        contact_person_id: input.contactPersonId ?? null,
        coach_user_id: actor.userId,
        occurred_at: new Date(input.occurredAt),
        face_to_face: input.faceToFace,
        purposes: [...new Set(input.purposes)],
        outcome: input.outcome,
        quality_level: input.qualityLevel ?? null,
        next_step: input.nextStep ?? null,
        next_step_on: input.nextStepOn ?? null,
        notes: input.notes ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const warned = new Set(warnings.map((w) => w.clientId));
    for (const seeker of seekers) {
      await trx
        .insertInto("employer_contact_client")
        .values({
          employer_contact_id: contact.id,
          client_id: seeker.client.clientId,
          episode_id: await currentEpisodeOf(trx, seeker.client),
          disclosure_warning: warned.has(seeker.id),
        })
        .execute();
    }
    await recordAuditEvent(trx, {
      eventType: "employer_contact.recorded",
      actorUserId: actor.userId,
      organisationId,
      targetType: "employer_contact",
      targetId: contact.id,
      details: {
        employerId: employer.id,
        clientIds: seekers.map((s) => s.id),
        faceToFace: input.faceToFace,
        disclosureWarnings: warnings.map((w) => ({ clientId: w.clientId, reason: w.reason })),
      },
    });
    const [view] = await loadContacts(trx, actor, { organisationId, contactId: contact.id });
    if (!view) throw new Error("the recorded contact is missing");
    return { contact: view, warnings };
  });
}

/** The client's open episode, if any: the link still records a contact made after closure. */
async function currentEpisodeOf(db: Executor, client: GatedClient): Promise<string | null> {
  const row = await db
    .selectFrom("episode")
    .select("id")
    .where("client_id", "=", client.clientId)
    .where("closure_date", "is", null)
    .where("referral_decision", "!=", "declined")
    .orderBy("referral_date", "desc")
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  return row?.id ?? null;
}
