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

const answeredDenials = new WeakMap<Error, AccessDenied>();

/**
 * Answers a denial with another error (e.g. a field error when a client named in a body is out of
 * scope) while keeping it a denial: the route layer still audits `denied`.
 */
export function answerDenialWith<E extends Error>(answer: E, denied: AccessDenied): E {
  answeredDenials.set(answer, denied);
  return answer;
}

/** The denial an error stands for, if any: itself, or the one it answers. */
export function denialOf(error: unknown): AccessDenied | undefined {
  if (error instanceof AccessDenied) return error;
  return error instanceof Error ? answeredDenials.get(error) : undefined;
}
