import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationParams, teamParams, userId, uuid } from "../../../core/contracts/common.ts";
import {
  outcomeDashboard,
  outcomeDrillDown,
  outcomeDrillDownQuery,
  outcomeQuery,
  outcomeScopes,
} from "../../../core/contracts/outcomes.ts";
import { MIN_SUPPRESSION_THRESHOLD } from "../../../core/outcomes/suppression.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { getCoachOutcomes } from "./get-coach-outcomes.ts";
import { getOrganisationOutcomes } from "./get-organisation-outcomes.ts";
import { getTeamOutcomes } from "./get-team-outcomes.ts";
import { listOutcomeClients } from "./list-outcome-clients.ts";
import { listOutcomeScopes } from "./list-outcome-scopes.ts";

const coachParams = z.strictObject({ organisationId: uuid, teamId: uuid, userId });

/**
 * Outcome figures (issue 9) for a coach's caseload, a team and an organisation. Every route's
 * policy is the aggregate gate for the scope its path names (core/access/aggregate.ts): another
 * organisation's scope is not found, a visible one without the right forbidden. The use case asks
 * the gate again in its transaction and audits the read.
 */
export function registerOutcomeRoutes(
  app: FastifyInstance,
  database: Database,
  options: { suppressionThreshold?: number } = {},
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outcomes"];
  const aggregate = (scope: "organisation" | "team" | "coach") => ({
    policy: { kind: "aggregate", scope } as const,
  });
  const threshold = options.suppressionThreshold ?? MIN_SUPPRESSION_THRESHOLD;

  r.get("/api/outcomes/scopes", {
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags,
      summary: "The outcome pages I may open (my caseload, teams, organisations) and the rule sets",
      response: { 200: outcomeScopes },
    },
    handler: (request) => listOutcomeScopes(database, actorOf(request)),
  });

  r.get("/api/organisations/:organisationId/outcomes", {
    config: aggregate("organisation"),
    schema: {
      tags,
      summary: "The organisation's outcome figures by quarter and by team, small cells withheld",
      params: organisationParams,
      querystring: outcomeQuery,
      response: { 200: outcomeDashboard },
    },
    handler: (request) =>
      getOrganisationOutcomes(database, actorOf(request), request.params.organisationId, request.query, {
        today: helsinkiDate(),
        threshold,
      }),
  });

  r.get("/api/organisations/:organisationId/teams/:teamId/outcomes", {
    config: aggregate("team"),
    schema: {
      tags,
      summary: "A team's outcome figures by quarter and by coach",
      params: teamParams,
      querystring: outcomeQuery,
      response: { 200: outcomeDashboard },
    },
    handler: (request) =>
      getTeamOutcomes(database, actorOf(request), request.params, request.query, {
        today: helsinkiDate(),
        locale: request.locale,
      }),
  });

  r.get("/api/organisations/:organisationId/teams/:teamId/coaches/:userId/outcomes", {
    config: aggregate("coach"),
    schema: {
      tags,
      summary: "One coach's caseload outcome figures in a team, by quarter",
      params: coachParams,
      querystring: outcomeQuery,
      response: { 200: outcomeDashboard },
    },
    handler: (request) =>
      getCoachOutcomes(database, actorOf(request), request.params, request.query, helsinkiDate()),
  });

  r.get("/api/organisations/:organisationId/teams/:teamId/outcomes/clients", {
    config: aggregate("team"),
    schema: {
      tags,
      summary: "The clients behind one of a team's numbers, those I work with only",
      params: teamParams,
      querystring: outcomeDrillDownQuery,
      response: { 200: outcomeDrillDown },
    },
    handler: (request) =>
      listOutcomeClients(database, actorOf(request), request.params, request.query, helsinkiDate()),
  });
}
