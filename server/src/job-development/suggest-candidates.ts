import type { z } from "zod";
import type { candidateSuggestion } from "../../../core/contracts/employers.ts";
import type { jobSearchPlan } from "../../../core/contracts/plans.ts";
import { activePhases } from "../../../core/episodes/phase.ts";
import { fitLead } from "../../../core/job-development/leads.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import { requireOrganisation } from "../access/gate.ts";
import { gatedIds } from "../access/gated-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { type EpisodeRow, episodesOf, phaseOf } from "../episodes/episode-query.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { lockLead } from "./lead-query.ts";

export type CandidateSuggestion = z.infer<typeof candidateSuggestion>;
type JobSearchPlan = z.infer<typeof jobSearchPlan>;

/**
 * Job seekers whose latest job search plan fits the lead (core/job-development/leads.ts), among
 * the clients the caller works in full, in an active phase and not already candidates; the best
 * fits first. The clients found are in the use log.
 */
export function suggestCandidates(
  database: Database,
  actor: Actor,
  organisationId: string,
  leadId: string,
  today = helsinkiDate(),
): Promise<CandidateSuggestion[]> {
  requireOrganisation(actor, "employer.read", organisationId);
  return inTransaction(database, async (trx) => {
    const lead = await lockLead(trx, organisationId, leadId, false);
    const employer = await trx
      .selectFrom("employer")
      .select(["industry", "municipality"])
      .where("id", "=", lead.employer_id)
      .executeTakeFirstOrThrow();
    const clients = await visibleClients(trx, actor, today, "full")
      .select(["client.id", "client.first_name", "client.last_name"])
      .where("client.organisation_id", "=", organisationId)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("job_lead_candidate as c")
              .select("c.client_id")
              .whereRef("c.client_id", "=", "client.id")
              .where("c.job_lead_id", "=", lead.id),
          ),
        ),
      )
      .execute();
    const ids = gatedIds(clients);
    const latestEpisode = new Map<string, EpisodeRow>();
    for (const row of await episodesOf(trx, ids, today))
      if (!latestEpisode.has(row.client_id)) latestEpisode.set(row.client_id, row);
    const plans = new Map<string, JobSearchPlan>();
    if (ids.length > 0) {
      const rows = await trx
        .selectFrom("episode_document as d")
        .innerJoin("episode as e", "e.id", "d.episode_id")
        .select(["e.client_id", "d.content"])
        .where("e.client_id", "in", ids)
        .where("d.kind", "=", "job_search_plan")
        .orderBy("d.version", "desc")
        .execute();
      for (const row of rows)
        if (!plans.has(row.client_id)) plans.set(row.client_id, row.content as unknown as JobSearchPlan);
    }
    const facts = {
      title: lead.title,
      occupationCode: lead.occupation_code,
      hoursPerWeek: lead.hours_per_week === null ? null : Number(lead.hours_per_week),
      municipality: lead.municipality ?? employer.municipality,
      industry: employer.industry,
    };
    const suggestions: CandidateSuggestion[] = [];
    for (const client of clients) {
      const episode = latestEpisode.get(client.id);
      const plan = plans.get(client.id);
      if (!episode || !plan) continue;
      const phase = phaseOf(episode);
      if (!activePhases.includes(phase)) continue;
      const matchedOn = fitLead(plan, facts);
      if (!matchedOn) continue;
      suggestions.push({
        clientId: client.id,
        name: `${client.first_name} ${client.last_name}`,
        phase,
        matchedOn,
      });
    }
    suggestions.sort((a, b) => b.matchedOn.length - a.matchedOn.length || a.name.localeCompare(b.name, "fi"));
    await recordAuditEvent(trx, {
      eventType: "job_lead.suggestions_viewed",
      actorUserId: actor.userId,
      organisationId,
      targetType: "job_lead",
      targetId: lead.id,
      details: { clientIds: suggestions.map((s) => s.clientId) },
    });
    return suggestions;
  });
}
