import type { Database } from "../platform/db/database.ts";
import { isStorableText } from "../platform/http/refuse-unstorable-text.ts";
import type { Actor } from "./actor.ts";
import { type AggregateRequest, requireAggregateAccess } from "./aggregate-gate.ts";
import { deny } from "./deny.ts";
import { admitAggregate } from "./request-admissions.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Params = { organisationId?: string; teamId?: string; userId?: string };

/**
 * The "aggregate" route policy: the scope the path names must pass the aggregate gate and lie in
 * the path's organisation, before validation (like the client policy, a malformed id is simply
 * not found). The scope granted is remembered for this request (request-admissions.ts), so the use
 * case's own gate call takes it instead of reading it again.
 */
export async function requireAggregateRoute(
  database: Database,
  actor: Actor,
  scope: "organisation" | "team" | "coach",
  rawParams: unknown,
): Promise<void> {
  const params = (rawParams ?? {}) as Params;
  const organisationId = params.organisationId ?? "";
  const teamId = params.teamId ?? "";
  const userId = params.userId ?? "";
  const malformed =
    !UUID.test(organisationId) ||
    (scope !== "organisation" && !UUID.test(teamId)) ||
    (scope === "coach" && (userId.length === 0 || userId.length > 64 || !isStorableText(userId)));
  if (malformed) throw deny("not_found");
  const request: AggregateRequest =
    scope === "organisation"
      ? { kind: "organisation", organisationId }
      : scope === "team"
        ? { kind: "team", teamId }
        : { kind: "coach", teamId, userId };
  const granted = await requireAggregateAccess(database.db, actor, request);
  if (granted.organisationId !== organisationId) throw deny("not_found", { action: `aggregate.${scope}` });
  admitAggregate(actor, request, granted);
}
