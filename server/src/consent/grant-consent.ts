import type { z } from "zod";
import { scopeTarget } from "../../../core/consent/scopes.ts";
import type { grantConsent as schema } from "../../../core/contracts/clients.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadClientRecord } from "../clients/load-client-record.ts";
import type { Database } from "../platform/db/database.ts";
import { invalid } from "../platform/http/app-error.ts";

export type GrantConsentInput = z.infer<typeof schema>;

/**
 * Records a consent the client gave: its scope and recipient, when and how it was given, until
 * when. The access gate applies it from the day it was given.
 */
export function grantConsent(
  database: Database,
  actor: Actor,
  clientId: string,
  input: GrantConsentInput,
  today: string,
) {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const target = scopeTarget[input.scope];
    if (input.givenOn > today) throw invalid({ givenOn: { key: "in_future" } });
    if (input.validUntil !== null && input.validUntil < input.givenOn)
      throw invalid({ validUntil: { key: "end_before_start" } });
    if (target === "team") {
      const team = input.targetTeamId
        ? await trx
            .selectFrom("team")
            .select("id")
            .where("id", "=", input.targetTeamId)
            .where("kind", "=", "treatment_team")
            .where("archived_at", "is", null)
            .where("organisation_id", "in", [
              access.organisationId,
              ...actor.memberships.map((m) => m.organisationId),
            ])
            .executeTakeFirst()
        : undefined;
      if (!team) throw invalid({ targetTeamId: { key: input.targetTeamId ? "invalid_option" : "required" } });
    }
    if (target === "organisation") {
      const org = input.targetOrganisationId
        ? await trx
            .selectFrom("organisation")
            .select("id")
            .where("id", "=", input.targetOrganisationId)
            .executeTakeFirst()
        : undefined;
      if (!org || org.id === access.organisationId) {
        throw invalid({
          targetOrganisationId: { key: input.targetOrganisationId ? "invalid_option" : "required" },
        });
      }
    }
    const row = await trx
      .insertInto("consent")
      .values({
        client_id: clientId,
        scope: input.scope,
        target_team_id: target === "team" ? input.targetTeamId : null,
        target_organisation_id: target === "organisation" ? input.targetOrganisationId : null,
        given_on: input.givenOn,
        method: input.method,
        valid_until: input.validUntil,
        recorded_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "consent.granted",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { consentId: row.id, scope: input.scope },
    });
    return loadClientRecord(trx, actor, clientId, access.level, today);
  });
}
