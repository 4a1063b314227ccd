import type { ConsentScope } from "../../../core/consent/scopes.ts";

/** The consent columns the core consent rules read (in force, same recipient). */
export type ConsentRow = {
  id: string;
  scope: string;
  target_team_id: string | null;
  target_organisation_id: string | null;
  given_on: string;
  valid_until: string | null;
  withdrawn_on: string | null;
};

/** A consent row as the core rules in core/consent/ take it. */
export function consentFactsOf(row: ConsentRow) {
  return {
    id: row.id,
    scope: row.scope as ConsentScope,
    targetTeamId: row.target_team_id,
    targetOrganisationId: row.target_organisation_id,
    givenOn: row.given_on,
    validUntil: row.valid_until,
    withdrawnOn: row.withdrawn_on,
  };
}
