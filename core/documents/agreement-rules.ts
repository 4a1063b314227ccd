/**
 * The rules of the cooperation agreement as a document (issue 10). A version is either a draft or
 * confirmed; a correction after confirmation is a new draft, confirmed again, and both stay.
 */

type Consent = { id: string; inForce: boolean };
type Confirmation = { consentIds: readonly string[] } | null;

/**
 * The consents the agreement shows: for a confirmed version those in force when it was confirmed
 * (each as it stands now, so a later withdrawal shows), else those in force today. Never retyped.
 */
export function agreementConsents<C extends Consent>(
  consents: readonly C[],
  confirmation: Confirmation,
): C[] {
  if (confirmation) {
    const named = new Set(confirmation.consentIds);
    return consents.filter((c) => named.has(c.id));
  }
  return consents.filter((c) => c.inForce);
}

/**
 * Why the latest version cannot be confirmed, or null when it can: there must be a written
 * version, not yet confirmed, and the confirmation may not be dated before it was written or
 * after today.
 */
export function confirmationProblem(
  latest: { savedOn: string; confirmed: boolean } | null,
  confirmedOn: string,
  today: string,
): {
  field: "_" | "confirmedOn";
  key: "nothing_to_confirm" | "already_confirmed" | "in_future" | "before_saved";
} | null {
  if (!latest) return { field: "_", key: "nothing_to_confirm" };
  if (latest.confirmed) return { field: "_", key: "already_confirmed" };
  if (confirmedOn > today) return { field: "confirmedOn", key: "in_future" };
  if (confirmedOn < latest.savedOn) return { field: "confirmedOn", key: "before_saved" };
  return null;
}
