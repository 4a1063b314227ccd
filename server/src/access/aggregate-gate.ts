import {
  type AggregateScope,
  aggregateScopes,
  mayViewAggregate,
  type NetworkAggregateScope,
} from "../../../core/access/aggregate.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { AppError } from "../platform/http/app-error.ts";
import type { Actor } from "./actor.ts";
import { deny } from "./deny.ts";
import { admittedAggregate } from "./request-admissions.ts";

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
  // This request's route policy already granted exactly this scope: one gate check per request.
  const admitted = admittedAggregate(actor, request);
  if (admitted) return admitted;
  const scope = await resolveScope(db, request);
  const visible = scope !== null && actor.memberships.some((m) => m.organisationId === scope.organisationId);
  if (!scope || !visible) throw deny("not_found", { action: `aggregate.${request.kind}` });
  if (!mayViewAggregate(actor, scope)) {
    throw deny("forbidden", { organisationId: scope.organisationId, action: `aggregate.${request.kind}` });
  }
  return scope;
}

/**
 * The aggregate level for a reporting network (issue 9): its evaluators and the admins of an
 * organisation whose agreement is in force may see its figures (core's `mayViewAggregate`). A
 * network the caller has nothing to do with is not found; one they can see through their
 * organisation without the right (a coach of a member organisation) is forbidden.
 */
export async function requireNetworkAccess(
  db: Executor,
  actor: Actor,
  networkId: string,
  today: string,
): Promise<NetworkAggregateScope> {
  if (actor.twoFactorRequired) throw new AppError("two_factor_required");
  const network = await db
    .selectFrom("reporting_network")
    .select("id")
    .where("id", "=", networkId)
    .executeTakeFirst();
  const scope: NetworkAggregateScope | null = network
    ? { kind: "network", networkId, memberOrganisationIds: await membersInForce(db, networkId, today) }
    : null;
  const networkIds = await evaluatorNetworks(db, actor.userId);
  const visible =
    scope !== null &&
    (networkIds.includes(networkId) ||
      actor.memberships.some((m) => scope.memberOrganisationIds.includes(m.organisationId)));
  if (!scope || !visible) throw deny("not_found", { action: "aggregate.network" });
  if (!mayViewAggregate({ ...actor, networkIds }, scope)) {
    throw deny("forbidden", { action: "aggregate.network", targetId: networkId });
  }
  return scope;
}

/** The networks the user is a current evaluator of. */
export async function evaluatorNetworks(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("network_evaluator")
    .select("network_id")
    .where("user_id", "=", userId)
    .where("valid_to", "is", null)
    .execute();
  return rows.map((r) => r.network_id);
}

/** Organisations whose agreement with the network is in force on `day`. */
async function membersInForce(db: Executor, networkId: string, day: string): Promise<string[]> {
  const rows = await db
    .selectFrom("network_membership")
    .select("organisation_id")
    .where("network_id", "=", networkId)
    .where("agreed_on", "<=", day)
    .where((eb) => eb.or([eb("ended_on", "is", null), eb("ended_on", ">=", day)]))
    .execute();
  return rows.map((r) => r.organisation_id);
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
