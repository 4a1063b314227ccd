import type { FastifyRequest } from "fastify";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import type { AccessDenied } from "./deny.ts";

/** Audits a denial that reached the route layer: one `access.denied` entry, committed on its own. */
export async function recordDenial(database: Database, request: FastifyRequest, error: AccessDenied) {
  const { organisationId, targetType, targetId, action } = error.denial;
  await inTransaction(database, (trx) =>
    recordAuditEvent(trx, {
      eventType: "access.denied",
      outcome: "denied",
      actorUserId: request.actor?.userId ?? null,
      organisationId: organisationId ?? null,
      ...(targetType && targetId ? { targetType, targetId } : {}),
      details: {
        method: request.method,
        route: request.routeOptions.url ?? "",
        reason: error.code,
        ...(action ? { action } : {}),
      },
    }),
  );
}
