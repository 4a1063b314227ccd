import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { organisationParams, teamParams } from "../../../core/contracts/common.ts";
import { networkParams } from "../../../core/contracts/networks.ts";
import { type OutcomeDashboard, outcomeExportQuery } from "../../../core/contracts/outcomes.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { requireNetworkAccess } from "../access/aggregate-gate.ts";
import { requireAggregateRoute } from "../access/aggregate-route.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { sendDownload } from "../platform/http/send-download.ts";
import { exportOutcomes, type OutcomeExportQuery } from "./export-outcomes.ts";

type DashboardQuery = Omit<OutcomeExportQuery, "format">;
/** The dashboard use cases the exports render (wired in the composition root). */
export type OutcomeDashboardSources = {
  team: (
    actor: Actor,
    params: { organisationId: string; teamId: string },
    query: DashboardQuery,
    locale: Locale,
  ) => Promise<OutcomeDashboard>;
  organisation: (actor: Actor, organisationId: string, query: DashboardQuery) => Promise<OutcomeDashboard>;
  network: (actor: Actor, networkId: string, query: DashboardQuery) => Promise<OutcomeDashboard>;
};

const summary = (what: string) =>
  `${what} as CSV or XLSX (every figure) or the quarterly report as PDF; the header states the rule set, ` +
  "version, period, level and suppression rule";

/** Outcome dashboards as files (issue 9): the same gate and figures as the pages. */
export function registerOutcomeExportRoutes(
  app: FastifyInstance,
  database: Database,
  sources: OutcomeDashboardSources,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outcomes"];

  r.get("/api/organisations/:organisationId/teams/:teamId/outcomes/export", {
    config: { policy: { kind: "aggregate", scope: "team" } },
    schema: {
      tags,
      summary: summary("A team's outcome figures (coaches)"),
      params: teamParams,
      querystring: outcomeExportQuery,
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { params } = request;
      const file = await exportOutcomes(
        database,
        actor,
        {
          level: "team",
          scopeId: params.teamId,
          organisationId: params.organisationId,
          gate: () => requireAggregateRoute(database, actor, "team", params),
          dashboard: (query) => sources.team(actor, params, query, request.locale),
        },
        request.query,
        request.locale,
      );
      return sendDownload(reply, file);
    },
  });

  r.get("/api/organisations/:organisationId/outcomes/export", {
    config: { policy: { kind: "aggregate", scope: "organisation" } },
    schema: {
      tags,
      summary: summary("An organisation's outcome figures (teams, suppressed)"),
      params: organisationParams,
      querystring: outcomeExportQuery,
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { organisationId } = request.params;
      const file = await exportOutcomes(
        database,
        actor,
        {
          level: "organisation",
          scopeId: organisationId,
          organisationId,
          gate: () => requireAggregateRoute(database, actor, "organisation", request.params),
          dashboard: (query) => sources.organisation(actor, organisationId, query),
        },
        request.query,
        request.locale,
      );
      return sendDownload(reply, file);
    },
  });

  r.get("/api/networks/:networkId/outcomes/export", {
    // The network aggregate gate decides inside, as on the network's page.
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags,
      summary: summary("A network's outcome figures (organisations, suppressed)"),
      params: networkParams,
      querystring: outcomeExportQuery,
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { networkId } = request.params;
      const file = await exportOutcomes(
        database,
        actor,
        {
          level: "network",
          scopeId: networkId,
          organisationId: null,
          gate: (db) => requireNetworkAccess(db, actor, networkId, helsinkiDate()),
          dashboard: (query) => sources.network(actor, networkId, query),
        },
        request.query,
        request.locale,
      );
      return sendDownload(reply, file);
    },
  });
}
