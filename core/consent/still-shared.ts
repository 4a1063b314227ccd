import { type ConsentFacts, type ConsentScope, consentInForce } from "./scopes.ts";

/** A consent with its recipient; `targetTeamOrganisationId` is the organisation of the target team. */
export type RecipientConsent = ConsentFacts & {
  id: string;
  scope: ConsentScope;
  targetTeamId: string | null;
  targetTeamOrganisationId: string | null;
  targetOrganisationId: string | null;
};

/**
 * The consents still in force on `today` that reach the recipient of `withdrawn`: the same scope
 * and recipient, or, for the sharing scopes, a consent whose recipient contains it or lies inside
 * it (an organisation-wide consent still shows the client to that organisation's treatment team,
 * and a team consent still shows it to part of the organisation). The withdrawal's answer uses
 * this so it never says "sharing stopped" while the recipient still sees the client.
 */
export function stillReaching<T extends RecipientConsent>(
  withdrawn: RecipientConsent,
  others: readonly T[],
  today: string,
): T[] {
  return others.filter((other) => {
    if (other.id === withdrawn.id || !consentInForce(other, today)) return false;
    if (other.scope === withdrawn.scope) {
      return (
        other.targetTeamId === withdrawn.targetTeamId &&
        other.targetOrganisationId === withdrawn.targetOrganisationId
      );
    }
    if (withdrawn.scope === "share_with_treatment_team" && other.scope === "share_with_organisation") {
      return (
        other.targetOrganisationId !== null &&
        other.targetOrganisationId === withdrawn.targetTeamOrganisationId
      );
    }
    if (withdrawn.scope === "share_with_organisation" && other.scope === "share_with_treatment_team") {
      return (
        other.targetTeamOrganisationId !== null &&
        other.targetTeamOrganisationId === withdrawn.targetOrganisationId
      );
    }
    return false;
  });
}

/** True when a second consent of the same scope and recipient would be in force beside `existing`. */
export function duplicatesInForce(
  candidate: Omit<RecipientConsent, "id" | "targetTeamOrganisationId">,
  existing: readonly Omit<RecipientConsent, "targetTeamOrganisationId">[],
  today: string,
): boolean {
  if (!consentInForce(candidate, today)) return false;
  return existing.some(
    (c) =>
      c.scope === candidate.scope &&
      c.targetTeamId === candidate.targetTeamId &&
      c.targetOrganisationId === candidate.targetOrganisationId &&
      consentInForce(c, today),
  );
}
