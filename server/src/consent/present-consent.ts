import type { z } from "zod";
import { consentInForce } from "../../../core/consent/scopes.ts";
import type { consent } from "../../../core/contracts/clients.ts";
import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";

export type ConsentView = z.infer<typeof consent>;

/** Consents of one gated client, newest first, with recipient names. */
export function consentsOf(db: Executor, client: GatedClient) {
  return db
    .selectFrom("consent as k")
    .leftJoin("team as t", "t.id", "k.target_team_id")
    .leftJoin("organisation as o", "o.id", "k.target_organisation_id")
    .leftJoin("user as u", "u.id", "k.recorded_by")
    .select([
      "k.id",
      "k.scope",
      "k.target_team_id",
      "t.name as team_name",
      "k.target_organisation_id",
      "o.name as organisation_name",
      "k.given_on",
      "k.method",
      "k.valid_until",
      "k.withdrawn_on",
      "u.name as recorded_by_name",
    ])
    .where("k.client_id", "=", client.clientId)
    .orderBy("k.given_on", "desc")
    .orderBy("k.recorded_at", "desc")
    .execute();
}

type Row = Awaited<ReturnType<typeof consentsOf>>[number];

/** Whitelists a consent's fields and says whether it is in force today. */
export function presentConsent(row: Row, today: string): ConsentView {
  return {
    id: row.id,
    scope: row.scope as ConsentView["scope"],
    targetTeamId: row.target_team_id,
    targetTeamName: row.team_name,
    targetOrganisationId: row.target_organisation_id,
    targetOrganisationName: row.organisation_name,
    givenOn: row.given_on,
    method: row.method as ConsentView["method"],
    validUntil: row.valid_until,
    withdrawnOn: row.withdrawn_on,
    inForce: consentInForce(
      { givenOn: row.given_on, validUntil: row.valid_until, withdrawnOn: row.withdrawn_on },
      today,
    ),
    recordedByName: row.recorded_by_name,
  };
}
