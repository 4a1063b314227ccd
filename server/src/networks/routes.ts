import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationParams } from "../../../core/contracts/common.ts";
import {
  addNetworkEvaluator as addEvaluatorBody,
  createNetwork as createBody,
  endNetworkMembership as endBody,
  endNetworkEvaluator as endEvaluatorBody,
  joinNetwork as joinBody,
  networkEvaluator,
  networkEvaluatorParams,
  networkEvaluatorPerson,
  networkParams,
  organisationNetwork,
  organisationNetworkParams,
} from "../../../core/contracts/networks.ts";
import { outcomeDashboard, outcomeQuery, reportingNetwork } from "../../../core/contracts/outcomes.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { addNetworkEvaluator } from "./add-network-evaluator.ts";
import { createNetwork } from "./create-network.ts";
import { endNetworkMembership } from "./end-network-membership.ts";
import { getNetworkOutcomes } from "./get-network-outcomes.ts";
import { joinNetwork } from "./join-network.ts";
import { listMyNetworks } from "./list-my-networks.ts";
import { listNetworkEvaluators } from "./list-network-evaluators.ts";
import { listNetworks } from "./list-networks.ts";
import { listOrganisationNetworks } from "./list-organisation-networks.ts";
import { removeNetworkEvaluator } from "./remove-network-evaluator.ts";

/** Reporting networks: created by platform admins, joined and left by organisation admins (issue 9). */
export function registerNetworkRoutes(
  app: FastifyInstance,
  database: Database,
  suppressionThreshold: number,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["networks"];

  r.get("/api/platform/networks", {
    config: { policy: { kind: "platformAdmin" } },
    schema: { tags, summary: "Every reporting network", response: { 200: z.array(reportingNetwork) } },
    handler: () => listNetworks(database),
  });

  r.post("/api/platform/networks", {
    config: { policy: { kind: "platformAdmin" } },
    schema: {
      tags,
      summary: "Create a reporting network",
      body: createBody,
      response: { 201: reportingNetwork },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createNetwork(database, actorOf(request), request.body)),
  });

  r.post("/api/platform/networks/:networkId/evaluators", {
    config: { policy: { kind: "platformAdmin" } },
    schema: {
      tags,
      summary: "Make a person an evaluator of the network (by account id or sign-in e-mail)",
      params: networkParams,
      body: addEvaluatorBody,
      response: { 201: networkEvaluator },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await addNetworkEvaluator(database, actorOf(request), request.params.networkId, request.body)),
  });

  r.get("/api/platform/networks/:networkId/evaluators", {
    config: { policy: { kind: "platformAdmin" } },
    schema: {
      tags,
      summary: "The network's current evaluators",
      params: networkParams,
      response: { 200: z.array(networkEvaluatorPerson) },
    },
    handler: (request) => listNetworkEvaluators(database, actorOf(request), request.params.networkId),
  });

  r.post("/api/platform/networks/:networkId/evaluators/:userId/end", {
    config: { policy: { kind: "platformAdmin" } },
    schema: {
      tags,
      summary: "End a person's evaluator role in the network",
      params: networkEvaluatorParams,
      body: endEvaluatorBody,
      response: { 200: z.object({ ended: z.literal(true) }) },
    },
    handler: async (request) => {
      await removeNetworkEvaluator(
        database,
        actorOf(request),
        request.params.networkId,
        request.params.userId,
      );
      return { ended: true as const };
    },
  });

  r.get("/api/organisations/:organisationId/reporting-networks", {
    config: { policy: { kind: "organisation", permission: "organisation.manage" } },
    schema: {
      tags,
      summary: "Reporting networks and the organisation's agreement with each",
      params: organisationParams,
      response: { 200: z.array(organisationNetwork) },
    },
    handler: (request) => listOrganisationNetworks(database, actorOf(request), request.params.organisationId),
  });

  r.post("/api/organisations/:organisationId/reporting-networks", {
    config: { policy: { kind: "organisation", permission: "organisation.manage" } },
    schema: {
      tags,
      summary: "Record the organisation's agreement to report into a network",
      params: organisationParams,
      body: joinBody,
      response: { 201: organisationNetwork },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await joinNetwork(database, actorOf(request), request.params.organisationId, request.body)),
  });

  r.post("/api/organisations/:organisationId/reporting-networks/:networkId/end", {
    config: { policy: { kind: "organisation", permission: "organisation.manage" } },
    schema: {
      tags,
      summary: "End the organisation's agreement with a network",
      params: organisationNetworkParams,
      body: endBody,
      response: { 200: organisationNetwork },
    },
    handler: (request) =>
      endNetworkMembership(
        database,
        actorOf(request),
        request.params.organisationId,
        request.params.networkId,
        request.body.endedOn,
      ),
  });

  r.get("/api/networks", {
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags,
      summary: "The reporting networks whose figures the caller may see",
      response: { 200: z.array(reportingNetwork) },
    },
    handler: (request) => listMyNetworks(database, actorOf(request)),
  });

  r.get("/api/networks/:networkId/outcomes", {
    // The network aggregate gate (requireNetworkAccess) decides inside the use case.
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags,
      summary: "The network's outcome figures: its organisations, suppressed below the threshold",
      params: networkParams,
      querystring: outcomeQuery,
      response: { 200: outcomeDashboard },
    },
    handler: (request) =>
      getNetworkOutcomes(
        database,
        actorOf(request),
        request.params.networkId,
        request.query,
        suppressionThreshold,
      ),
  });
}
