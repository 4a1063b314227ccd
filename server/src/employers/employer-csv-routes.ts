import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { organisationParams } from "../../../core/contracts/common.ts";
import { importEmployers as importBody, importReport } from "../../../core/contracts/employers.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { exportEmployers } from "./export-employers.ts";
import { importEmployers } from "./import-employers.ts";

/** Employer register import from and export to CSV files (spreadsheet programs). */
export function registerEmployerCsvRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["employers"];

  r.post("/api/organisations/:organisationId/employers/import", {
    config: { policy: { kind: "organisation", permission: "employer.manage" } },
    // The API's 1 MiB body limit holds here too (client-bad-input.test.ts checks every write
    // route): about 5,000 rows of typical size; a larger file gets 413 and is split.
    schema: {
      tags,
      summary:
        "Import employers from CSV (headers in fi/sv/en). Reports every problem by line and column; " +
        "saves nothing on a dry run (the default) or while any problem remains",
      params: organisationParams,
      body: importBody,
      response: { 200: importReport },
    },
    handler: (request) =>
      importEmployers(
        database,
        actorOf(request),
        request.params.organisationId,
        request.body,
        request.locale,
      ),
  });

  r.get("/api/organisations/:organisationId/employers/export.csv", {
    config: { policy: { kind: "organisation", permission: "employer.read" } },
    schema: {
      tags,
      summary: "The current employers as CSV (UTF-8 with BOM, `;`, Finnish headers); import reads it back",
      params: organisationParams,
    },
    handler: async (request, reply) => {
      const text = await exportEmployers(database, actorOf(request), request.params.organisationId);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="employers.csv"')
        .header("cache-control", "no-store")
        .send(text);
    },
  });
}
