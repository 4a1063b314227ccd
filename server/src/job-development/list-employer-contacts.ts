import type { z } from "zod";
import type { contactListQuery } from "../../../core/contracts/employers.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { type ContactFilter, type EmployerContactView, loadContacts } from "./contact-query.ts";
import { gateJobSeekers } from "./gate-job-seekers.ts";
import { coachesOf, ledTeamIds } from "./team-coaches.ts";

export type ContactListQuery = z.infer<typeof contactListQuery>;

/**
 * Employer contacts, newest first. Whose depends on what is asked: one job seeker's (a client the
 * caller works in full) or one employer's contacts by anyone in the organisation, so nobody calls
 * on an employer unaware of a colleague's visit yesterday; otherwise the caller's own log and, for
 * a team leader, the log of every coach of the teams they lead (fidelity V6: weekly log review).
 */
export function listEmployerContacts(
  database: Database,
  actor: Actor,
  organisationId: string,
  query: ContactListQuery,
): Promise<EmployerContactView[]> {
  requireOrganisation(actor, "employer.read", organisationId);
  return inTransaction(database, async (trx) => {
    const filter: ContactFilter = { organisationId, limit: query.limit };
    if (query.employerId) filter.employerId = query.employerId;
    if (query.from) filter.from = query.from;
    if (query.to) filter.to = query.to;
    if (query.clientId) {
      await gateJobSeekers(trx, actor, organisationId, [query.clientId], "clientId", true);
      filter.clientId = query.clientId;
    }
    if (!query.clientId && !query.employerId) {
      const led = await coachesOf(trx, { teamIds: ledTeamIds(actor, organisationId) });
      filter.coachUserIds = [actor.userId, ...led.map((c) => c.userId)];
    }
    const contacts = await loadContacts(trx, actor, filter);
    await recordAuditEvent(trx, {
      eventType: "employer_contact.listed",
      actorUserId: actor.userId,
      organisationId,
      targetType: query.clientId ? "client" : query.employerId ? "employer" : null,
      targetId: query.clientId ?? query.employerId ?? null,
      details: {
        contactIds: contacts.map((c) => c.id),
        clientIdsNamed: [...new Set(contacts.flatMap((c) => c.jobSeekers.map((j) => j.clientId)))],
      },
    });
    return contacts;
  });
}
