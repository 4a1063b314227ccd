import type { ConsentScope } from "../../../core/consent/scopes.ts";
import { stillReaching } from "../../../core/consent/still-shared.ts";
import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { consentFactsOf } from "./consent-facts.ts";

/** A recipient who still sees the client after a withdrawal, under another consent in force. */
export type StillShared = { consentId: string; scope: ConsentScope; recipientName: string | null };

/**
 * Reads the gated client's consents after a withdrawal and answers which of them still reach the
 * withdrawn consent's recipient, so the answer never claims sharing stopped when it did not.
 */
export async function stillSharedWith(
  trx: Executor,
  client: GatedClient,
  withdrawnId: string,
  today: string,
): Promise<StillShared[]> {
  const rows = await trx
    .selectFrom("consent as k")
    .leftJoin("team as t", "t.id", "k.target_team_id")
    .leftJoin("organisation as o", "o.id", "k.target_organisation_id")
    .select([
      "k.id",
      "k.scope",
      "k.target_team_id",
      "t.organisation_id as team_organisation_id",
      "t.name as team_name",
      "k.target_organisation_id",
      "o.name as organisation_name",
      "k.given_on",
      "k.valid_until",
      "k.withdrawn_on",
    ])
    .where("k.client_id", "=", client.clientId)
    .execute();
  const consents = rows.map((r) => ({
    ...consentFactsOf(r),
    targetTeamOrganisationId: r.team_organisation_id,
    recipientName: r.team_name ?? r.organisation_name,
  }));
  const withdrawn = consents.find((c) => c.id === withdrawnId);
  if (!withdrawn) return [];
  return stillReaching(withdrawn, consents, today).map((c) => ({
    consentId: c.id,
    scope: c.scope,
    recipientName: c.recipientName,
  }));
}
