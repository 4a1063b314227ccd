import { type AggregateScope, aggregateScopes, mayViewAggregate } from "../../../core/access/aggregate.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { AppError } from "../platform/http/app-error.ts";
import type { Actor } from "./actor.ts";
import { deny } from "./deny.ts";

/** What a caller asks figures for; the organisation of a team or coach is read from the database. */
export type AggregateRequest =
  | { kind: "organisation"; organisationId: string }
  | { kind: "team"; teamId: string }
  | { kind: "coach"; userId: string; teamId: string };

/**
 * The gate's "aggregate" level: may this person see figures (counts, rates, outcome and fidelity
 * numbers) for this coach's caseload, team or organisation? The rule is core's
 * `mayViewAggregate`; here the scope is resolved from the database so a caller cannot name a team
 * under the wrong organisation. Like every gate answer: a scope outside the caller's
 * organisations is not found, a visible one without the right is forbidden, both audited through
 * `deny`. Outcome and fidelity pages call this before computing any figure.
 */
export async function requireAggregateAccess(
  db: Executor,
  actor: Actor,
  request: AggregateRequest,
): Promise<AggregateScope> {
  if (actor.twoFactorRequired) throw new AppError("two_factor_required");
  const scope = await resolveScope(db, request);
  const visible = scope !== null && actor.memberships.some((m) => m.organisationId === scope.organisationId);
  if (!scope || !visible) throw deny("not_found", { action: `aggregate.${request.kind}` });
  if (!mayViewAggregate(actor, scope)) {
    throw deny("forbidden", { organisationId: scope.organisationId, action: `aggregate.${request.kind}` });
  }
  return scope;
}

async function resolveScope(db: Executor, request: AggregateRequest): Promise<AggregateScope | null> {
  if (request.kind === "organisation") {
    const org = await db
      .selectFrom("organisation")
      .select("id")
      .where("id", "=", request.organisationId)
      .executeTakeFirst();
    return org ? { kind: "organisation", organisationId: org.id } : null;
  }
  const team = await db
    .selectFrom("team")
    .select(["id", "organisation_id"])
    .where("id", "=", request.teamId)
    .where("kind", "=", "ips_team")
    .executeTakeFirst();
  if (!team) return null;
  if (request.kind === "team") return { kind: "team", teamId: team.id, organisationId: team.organisation_id };
  // A coach's caseload figures: the person must work in that team now.
  const member = await db
    .selectFrom("membership")
    .select("id")
    .where("user_id", "=", request.userId)
    .where("team_id", "=", team.id)
    .where("role", "in", ["coach", "team_lead"])
    .where("valid_to", "is", null)
    .executeTakeFirst();
  return member
    ? { kind: "coach", userId: request.userId, teamId: team.id, organisationId: team.organisation_id }
    : null;
}

/**
 * The IPS teams whose figures the actor may see: the teams they work in or lead, and every active
 * IPS team of an organisation they see whole (admins, evaluators). For lists such as "pick a team".
 */
export async function aggregateTeams(db: Executor, actor: Actor): Promise<string[]> {
  const { teamIds, organisationIds } = aggregateScopes(actor);
  if (teamIds.length === 0 && organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom("team")
    .select("id")
    .where("kind", "=", "ips_team")
    .where("archived_at", "is", null)
    .where((eb) =>
      eb.or([
        ...(teamIds.length > 0 ? [eb("id", "in", teamIds)] : []),
        ...(organisationIds.length > 0 ? [eb("organisation_id", "in", organisationIds)] : []),
      ]),
    )
    .orderBy("name")
    .execute();
  return rows.map((r) => r.id);
}
