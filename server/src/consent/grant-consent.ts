import type { z } from "zod";
import { scopeTarget } from "../../../core/consent/scopes.ts";
import { duplicatesInForce } from "../../../core/consent/still-shared.ts";
import type { grantConsent as schema } from "../../../core/contracts/clients.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadClientRecord } from "../clients/load-client-record.ts";
import type { Database } from "../platform/db/database.ts";
import { conflict, invalid } from "../platform/http/app-error.ts";
import { consentFactsOf } from "./consent-facts.ts";

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
    const candidate = {
      scope: input.scope,
      targetTeamId: target === "team" ? input.targetTeamId : null,
      targetOrganisationId: target === "organisation" ? input.targetOrganisationId : null,
      givenOn: input.givenOn,
      validUntil: input.validUntil,
      withdrawnOn: null,
    };
    // Two identical consents in force would make a withdrawal of one look like the end of sharing
    // while the other still shares. The client row is locked so two grants cannot both pass.
    await trx.selectFrom("client").select("id").where("id", "=", clientId).forUpdate().execute();
    const existing = await trx
      .selectFrom("consent")
      .select([
        "id",
        "scope",
        "target_team_id",
        "target_organisation_id",
        "given_on",
        "valid_until",
        "withdrawn_on",
      ])
      .where("client_id", "=", clientId)
      .where("scope", "=", input.scope)
      .execute();
    const inForce = existing.map(consentFactsOf);
    if (duplicatesInForce(candidate, inForce, today)) throw conflict({ scope: { key: "consent_in_force" } });
    const row = await trx
      .insertInto("consent")
      .values({
        client_id: clientId,
        scope: input.scope,
        target_team_id: candidate.targetTeamId,
        target_organisation_id: candidate.targetOrganisationId,
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
    return loadClientRecord(trx, actor, access, today);
  });
}
