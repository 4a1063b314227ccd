import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationParams, teamParams } from "../../../core/contracts/common.ts";
import {
  comparisonCohort,
  comparisonCohortCheck,
  comparisonQuery,
  createComparisonCohort,
} from "../../../core/contracts/comparisons.ts";
import { outcomeComparison } from "../../../core/contracts/outcomes.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { checkComparisonCohort } from "./check-comparison-cohort.ts";
import { compareTeamWithCohort } from "./compare-team-with-cohort.ts";
import { createComparisonCohort as createCohort } from "./create-comparison-cohort.ts";
import { listComparisonCohorts } from "./list-comparison-cohorts.ts";

/** Comparison cohorts and a team's employment rate against one (issue 9). */
export function registerComparisonRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outcomes"];
  // Organisation admins, evaluators and team leads (core/access/roles.ts); 404 outside the organisation.
  const policy = { kind: "organisation", permission: "comparison_cohort.manage" } as const;

  r.post("/api/organisations/:organisationId/comparison-cohorts", {
    config: { policy },
    schema: {
      tags,
      summary:
        "Import a comparison cohort: aggregate counts per period, or pseudonymised rows as CSV " +
        "(pseudonym,period_from,period_to,employed) that are counted per period and not stored",
      params: organisationParams,
      body: createComparisonCohort,
      response: { 201: comparisonCohort },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createCohort(database, actorOf(request), request.params.organisationId, request.body)),
  });

  r.post("/api/organisations/:organisationId/comparison-cohorts/check", {
    config: { policy },
    schema: {
      tags,
      summary:
        "Dry run of an import: the counts per period that would be saved, or 400 naming each problem " +
        "(rows.<line> for a CSV, counts.<index>.<field> for aggregate counts); nothing is saved",
      params: organisationParams,
      body: createComparisonCohort,
      response: { 200: comparisonCohortCheck },
    },
    handler: (request) =>
      checkComparisonCohort(actorOf(request), request.params.organisationId, request.body),
  });

  r.get("/api/organisations/:organisationId/comparison-cohorts", {
    config: { policy },
    schema: {
      tags,
      summary: "The organisation's comparison cohorts with their counts per period",
      params: organisationParams,
      response: { 200: z.array(comparisonCohort) },
    },
    handler: (request) => listComparisonCohorts(database, actorOf(request), request.params.organisationId),
  });

  r.get("/api/organisations/:organisationId/teams/:teamId/outcomes/comparison", {
    // The team's figures: the aggregate gate before validation, as on the team's outcome page.
    config: { policy: { kind: "aggregate", scope: "team" } },
    schema: {
      tags,
      summary:
        "The team's employment rate against a comparison cohort: both rates with 95 % Wilson intervals, " +
        "the difference and ratio with theirs, and what the interval means in plain words",
      params: teamParams,
      querystring: comparisonQuery,
      response: { 200: outcomeComparison },
    },
    handler: (request) =>
      compareTeamWithCohort(database, actorOf(request), request.params, request.query, request.locale),
  });
}
