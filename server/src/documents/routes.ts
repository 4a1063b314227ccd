import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { clientParams } from "../../../core/contracts/clients.ts";
import {
  confirmCooperationAgreement as confirmBody,
  cooperationAgreement,
  cooperationAgreementVersion,
  printParams,
  saveCooperationAgreement as saveBody,
} from "../../../core/contracts/documents.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { sendDownload } from "../platform/http/send-download.ts";
import { confirmCooperationAgreement } from "./confirm-cooperation-agreement.ts";
import { getCooperationAgreement } from "./get-cooperation-agreement.ts";
import { printClientDocument } from "./print-document.ts";
import { saveCooperationAgreement } from "./save-cooperation-agreement.ts";

/** The client's documents, IPS team only: the cooperation agreement and the printed PDFs. */
export function registerDocumentRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["documents"];
  const config = { policy: { kind: "client" as const, need: "full" as const } };
  const base = "/api/clients/:clientId/cooperation-agreement";

  r.get(base, {
    config,
    schema: {
      tags,
      summary: "The cooperation agreement: latest version, versions, parties, consents",
      params: clientParams,
      response: { 200: cooperationAgreement },
    },
    handler: async (request) =>
      getCooperationAgreement(database, actorOf(request), request.params.clientId, helsinkiDate()),
  });

  r.post(base, {
    config,
    schema: {
      tags,
      summary: "Save the cooperation agreement as a new, unconfirmed version",
      params: clientParams,
      body: saveBody,
      response: { 201: cooperationAgreementVersion },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await saveCooperationAgreement(
            database,
            actorOf(request),
            request.params.clientId,
            request.body.content,
          ),
        ),
  });

  r.post(`${base}/confirmation`, {
    config,
    schema: {
      tags,
      summary: "Record that the client confirmed the latest version (signed on paper or in the meeting)",
      params: clientParams,
      body: confirmBody,
      response: { 201: cooperationAgreementVersion },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await confirmCooperationAgreement(
            database,
            actorOf(request),
            request.params.clientId,
            request.body,
            new Date(),
          ),
        ),
  });

  r.get("/api/clients/:clientId/documents/:document/pdf", {
    config,
    schema: {
      tags,
      summary:
        "A client document (agreement, career profile, job search plan, disclosure plan) as PDF in the client's language",
      params: printParams,
    },
    handler: async (request, reply) => {
      const file = await printClientDocument(
        database,
        actorOf(request),
        request.params,
        request.locale,
        new Date(),
      );
      reply.header("content-language", file.language);
      return sendDownload(reply, {
        contentType: "application/pdf",
        fileName: file.fileName,
        body: file.body,
      });
    },
  });
}
