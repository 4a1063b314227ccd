import { AppError } from "../platform/http/app-error.ts";

/** What a denial names: the organisation only when the actor may see it, the target when known. */
export type DenialTarget = {
  organisationId?: string | null;
  targetType?: "client" | "organisation" | "user" | "activity" | "employer_contact";
  targetId?: string;
  /** The refused action, e.g. "activity.edit"; ids only, never personal data. */
  action?: string;
};

/** A refusal by the access gate. It travels as an AppError; `recordDenial` audits it once. */
export class AccessDenied extends AppError {
  constructor(
    code: "not_found" | "forbidden",
    readonly denial: DenialTarget,
  ) {
    super(code);
  }
}

/**
 * The one way the gate refuses: the route hook and use cases alike `throw deny(...)`. The entry is
 * not written here: a use case throws inside its transaction, which then rolls back and would take
 * the entry with it. The route layer's error hook writes it afterwards, in a transaction of its own.
 */
export function deny(code: "not_found" | "forbidden", target: DenialTarget = {}): AccessDenied {
  return new AccessDenied(code, target);
}
