/**
 * What a client's consent can allow, and when a consent is in force. The access gate reads these
 * rules; a withdrawn or expired consent stops access at once.
 */
export const consentScopes = [
  "share_with_treatment_team",
  "share_with_organisation",
  "contact_employers",
  "share_with_kela",
  "share_with_pension_insurer",
  "pseudonymised_evaluation",
] as const;
export type ConsentScope = (typeof consentScopes)[number];

export const consentMethods = ["written", "oral", "electronic"] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/** Scopes that name a team or an organisation as the recipient. */
export const scopeTarget: Record<ConsentScope, "team" | "organisation" | null> = {
  share_with_treatment_team: "team",
  share_with_organisation: "organisation",
  contact_employers: null,
  share_with_kela: null,
  share_with_pension_insurer: null,
  pseudonymised_evaluation: null,
};

export type ConsentFacts = { givenOn: string; validUntil: string | null; withdrawnOn: string | null };

/** In force on `today` (ISO date): given, not withdrawn, not past its end date. */
export function consentInForce(c: ConsentFacts, today: string): boolean {
  if (c.givenOn > today) return false;
  if (c.withdrawnOn !== null && c.withdrawnOn <= today) return false;
  return c.validUntil === null || c.validUntil >= today;
}
