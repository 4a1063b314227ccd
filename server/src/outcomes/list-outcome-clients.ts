import type { z } from "zod";
import type { OutcomeDrillDown, outcomeDrillDownQuery } from "../../../core/contracts/outcomes.ts";
import { clientsBehind } from "../../../core/outcomes/clients-behind.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import { recordClientReads } from "../audit/record-client-reads.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { loadOutcomeFacts } from "./load-outcome-facts.ts";
import { resolveOutcomeQuery } from "./outcome-query.ts";
import { requireOutcomeScope } from "./require-outcome-scope.ts";

export type OutcomeDrillDownQuery = z.infer<typeof outcomeDrillDownQuery>;

/**
 * The clients behind one number of a team's dashboard (or of one coach's part of it). The figure
 * must be visible (aggregate gate); the people behind it are then asked of the client gate, which
 * lists only those the caller works with (the team's coaches and lead, on the full record). An
 * organisation admin or evaluator sees the number and gets an empty list: they see no client.
 * The read is audited naming the clients listed, as the caseload list is.
 */
export function listOutcomeClients(
  database: Database,
  actor: Actor,
  params: { organisationId: string; teamId: string },
  query: OutcomeDrillDownQuery,
  today: string,
): Promise<OutcomeDrillDown> {
  return inTransaction(database, async (trx) => {
    await requireOutcomeScope(
      trx,
      actor,
      params.organisationId,
      query.coachUserId
        ? { kind: "coach", userId: query.coachUserId, teamId: params.teamId }
        : { kind: "team", teamId: params.teamId },
    );
    const q = resolveOutcomeQuery(query, today);
    const facts = (await loadOutcomeFacts(trx, [params.teamId], q.period, today)).filter(
      (f) => !query.coachUserId || f.coachUserId === query.coachUserId,
    );
    // Exactly the clients the figure counted, by core's rule (core/outcomes/clients-behind.ts).
    const ids = clientsBehind(query.metric, facts, { period: q.period, ruleSet: q.ruleSet, asOf: today });
    // The coach each client is attributed to in the period (the latest episode's, on a re-entry).
    const byAgreement = [...facts].sort((a, b) =>
      (a.agreementDate ?? "").localeCompare(b.agreementDate ?? ""),
    );
    const coachOf = new Map(byAgreement.map((f) => [f.clientId, f.coachUserId]));
    // The gate answers first, from the caller's scope; names are read only for those it lists.
    const visible =
      ids.length === 0
        ? []
        : await visibleClients(trx, actor, today, "full")
            .select(["client.id", "client.organisation_id", "client.first_name", "client.last_name"])
            .where("client.id", "in", ids)
            .orderBy("client.last_name")
            .orderBy("client.first_name")
            .orderBy("client.id")
            .execute();
    await recordClientReads(
      trx,
      actor.userId,
      "outcomes.clients_viewed",
      visible.map((c) => ({ id: c.id, organisationId: c.organisation_id })),
      {
        teamId: params.teamId,
        coachUserId: query.coachUserId ?? null,
        metric: query.metric,
        ruleSet: q.ruleSet.id,
        ruleSetVersion: q.ruleSet.version,
        quarter: q.quarter,
      },
    );
    return {
      metric: query.metric,
      period: q.period,
      clients: visible.map((c) => ({
        clientId: c.id,
        name: `${c.first_name} ${c.last_name}`,
        coachUserId: coachOf.get(c.id) ?? null,
      })),
    };
  });
}
