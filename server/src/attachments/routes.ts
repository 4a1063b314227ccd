import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  attachment,
  attachmentList,
  attachmentParams,
  removeAttachment as removeBody,
  uploadAttachment as uploadBody,
} from "../../../core/contracts/attachments.ts";
import { clientParams } from "../../../core/contracts/clients.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { sendDownload } from "../platform/http/send-download.ts";
import { downloadAttachment } from "./download-attachment.ts";
import { listAttachments } from "./list-attachments.ts";
import { removeAttachment } from "./remove-attachment.ts";
import { uploadAttachment } from "./upload-attachment.ts";

/**
 * Files kept with a client, IPS team only. The upload is JSON with the bytes in base64 (ADR 0014):
 * the body limit of this one route is the file limit in base64 plus room for the name, so a file
 * a little over the limit is answered by the use case's translated 400, not a bare 413.
 */
export function registerAttachmentRoutes(app: FastifyInstance, database: Database, maxBytes: number) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["attachments"];
  const config = { policy: { kind: "client" as const, need: "full" as const } };
  const base = "/api/clients/:clientId/attachments";

  r.get(base, {
    config,
    schema: {
      tags,
      summary: "The client's attachments (without their bytes)",
      params: clientParams,
      response: { 200: attachmentList },
    },
    handler: async (request) => ({
      items: await listAttachments(database, actorOf(request), request.params.clientId),
      maxBytes,
    }),
  });

  r.post(base, {
    config,
    bodyLimit: Math.ceil((maxBytes * 4) / 3) + 1024 * 1024,
    schema: {
      tags,
      summary: "Attach a file (PDF, PNG, JPEG, DOCX, ODT; the type is checked from its content)",
      params: clientParams,
      body: uploadBody,
      response: { 201: attachment },
    },
    handler: async (request, reply) => {
      const { kind, fileName, content } = request.body;
      const saved = await uploadAttachment(
        database,
        actorOf(request),
        request.params.clientId,
        { kind, fileName, bytes: Buffer.from(content, "base64") },
        maxBytes,
      );
      return reply.status(201).send(saved);
    },
  });

  r.get(`${base}/:attachmentId/content`, {
    config,
    schema: {
      tags,
      summary: "Download one attachment (always as a file, never shown inline)",
      params: attachmentParams,
    },
    handler: async (request, reply) =>
      sendDownload(reply, await downloadAttachment(database, actorOf(request), request.params)),
  });

  r.post(`${base}/:attachmentId/removal`, {
    config,
    schema: {
      tags,
      summary: "Remove an attachment from the list (who and when are kept)",
      params: attachmentParams,
      body: removeBody,
    },
    handler: async (request, reply) => {
      await removeAttachment(database, actorOf(request), request.params);
      return reply.status(204).send();
    },
  });
}
