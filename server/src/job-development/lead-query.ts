import type { z } from "zod";
import type { candidateStages, jobLead, leadStatuses } from "../../../core/contracts/employers.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";

export type JobLeadView = z.infer<typeof jobLead>;
export type LeadStatus = (typeof leadStatuses)[number];
export type CandidateStage = (typeof candidateStages)[number];

export type LeadFilter = {
  organisationId: string;
  leadId?: string;
  status?: LeadStatus;
  employerId?: string;
};

/**
 * The organisation's job leads matching the filter, newest first. A lead is organisation data;
 * its candidates are client data, named only to callers who work that client's full record.
 */
export async function loadLeads(db: Executor, actor: Actor, filter: LeadFilter): Promise<JobLeadView[]> {
  let query = db
    .selectFrom("job_lead as l")
    .innerJoin("employer as e", "e.id", "l.employer_id")
    .innerJoin("user as u", "u.id", "l.found_by")
    .selectAll("l")
    .select(["e.name as employer_name", "u.name as found_by_name"])
    .where("l.organisation_id", "=", filter.organisationId);
  if (filter.leadId) query = query.where("l.id", "=", filter.leadId);
  if (filter.status) query = query.where("l.status", "=", filter.status);
  if (filter.employerId) query = query.where("l.employer_id", "=", filter.employerId);
  const leads = await query.orderBy("l.created_at", "desc").limit(500).execute();
  if (leads.length === 0) return [];
  const leadIds = leads.map((l) => l.id);
  // Candidates are read through the gate: only clients the caller works in full are joined, so no
  // field of anyone else is loaded; the others are counted per lead.
  const candidates = await db
    .selectFrom("job_lead_candidate as c")
    .innerJoin(
      visibleClients(db, actor, helsinkiDate(), "full")
        .select(["client.id", "client.first_name", "client.last_name"])
        .as("k"),
      "k.id",
      "c.client_id",
    )
    .select([
      "c.job_lead_id",
      "c.client_id",
      "c.stage",
      "c.stage_changed_at",
      "c.job_id",
      "k.first_name",
      "k.last_name",
    ])
    .where("c.job_lead_id", "in", leadIds)
    .orderBy("c.stage_changed_at", "desc")
    .execute();
  const totals = await db
    .selectFrom("job_lead_candidate as c")
    .select((eb) => ["c.job_lead_id", eb.fn.countAll().as("n")])
    .where("c.job_lead_id", "in", leadIds)
    .groupBy("c.job_lead_id")
    .execute();
  const totalOf = new Map(totals.map((r) => [r.job_lead_id, Number(r.n)]));
  const interviewOf = await interviewsOf(db, leadIds, candidates);
  return leads.map((lead) => {
    const seen = candidates.filter((c) => c.job_lead_id === lead.id);
    return {
      id: lead.id,
      employerId: lead.employer_id,
      employerName: lead.employer_name,
      title: lead.title,
      occupationCode: lead.occupation_code,
      hoursPerWeek: lead.hours_per_week === null ? null : Number(lead.hours_per_week),
      municipality: lead.municipality,
      advertised: lead.advertised,
      status: lead.status as LeadStatus,
      notes: lead.notes,
      foundByName: lead.found_by_name,
      createdAt: lead.created_at.toISOString(),
      candidates: seen.map((c) => ({
        clientId: c.client_id,
        name: `${c.first_name} ${c.last_name}`,
        stage: c.stage as CandidateStage,
        stageChangedAt: c.stage_changed_at.toISOString(),
        jobId: c.job_id,
        interview: interviewOf.get(`${lead.id}:${c.client_id}`) ?? null,
      })),
      otherCandidates: (totalOf.get(lead.id) ?? 0) - seen.length,
    };
  });
}

/**
 * The interviews booked from the leads (appointment.job_lead_id, migration 0019) for the candidates
 * already read through the gate, the latest not cancelled one per lead and candidate.
 */
async function interviewsOf(
  db: Executor,
  leadIds: string[],
  candidates: readonly { job_lead_id: string; client_id: string }[],
) {
  const found = new Map<string, NonNullable<JobLeadView["candidates"][number]["interview"]>>();
  if (candidates.length === 0) return found;
  const rows = await db
    .selectFrom("appointment")
    .select(["job_lead_id", "client_id", "starts_at", "ends_at", "status"])
    .where("job_lead_id", "in", leadIds)
    .where(
      "client_id",
      "in",
      candidates.map((c) => c.client_id),
    )
    .where("status", "<>", "cancelled")
    .orderBy("starts_at")
    .execute();
  for (const row of rows) {
    found.set(`${row.job_lead_id}:${row.client_id}`, {
      startsAt: new Date(row.starts_at).toISOString(),
      endsAt: new Date(row.ends_at).toISOString(),
      status: row.status === "held" ? "held" : "scheduled",
    });
  }
  return found;
}

/** One lead of the organisation, or not_found. */
export async function requireLead(db: Executor, actor: Actor, organisationId: string, leadId: string) {
  const [lead] = await loadLeads(db, actor, { organisationId, leadId });
  if (!lead) throw notFound();
  return lead;
}

/**
 * One lead row of the organisation, locked for a change unless told not to, or not_found. Changes to a lead and its
 * candidates serialise on it, so two coaches moving candidates cannot both hire.
 */
export async function lockLead(db: Executor, organisationId: string, leadId: string, forUpdate = true) {
  const query = db
    .selectFrom("job_lead")
    .selectAll()
    .where("id", "=", leadId)
    .where("organisation_id", "=", organisationId);
  const row = await (forUpdate ? query.forUpdate() : query).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
