import { type ExpressionBuilder, sql } from "kysely";
import { ipsTeamRoles, sharedViewRoles } from "../../../core/access/roles.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { DB } from "../platform/db/schema.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { AppError } from "../platform/http/app-error.ts";
import type { Actor } from "./actor.ts";
import { deny } from "./deny.ts";
import type { GatedClient } from "./gated-client.ts";

/**
 * The access gate for client records. Deny by default; every query for client data starts here.
 * - "full": the client's current IPS team (its coaches and team leaders) works the whole record.
 * - "shared": a team or organisation the client has consented to share with sees the shared view
 *   (IPS status, phase, appointments with the coach, notes marked shared) while the consent is
 *   in force. A withdrawn or expired consent ends this at once: the client is then "not found".
 * Organisation admins, evaluators and reviewers see no individual client records.
 */
export type ClientAccessLevel = "full" | "shared";
export type ClientAccess = { clientId: string; organisationId: string; level: ClientAccessLevel };

type Scope = { fullTeamIds: string[]; sharedTeamIds: string[]; sharedOrganisationIds: string[] };

function scopeOf(actor: Actor): Scope {
  const teams = (roles: readonly string[]) =>
    actor.memberships
      .filter((m) => roles.includes(m.role) && m.teamId !== null)
      .map((m) => m.teamId as string);
  return {
    fullTeamIds: teams(ipsTeamRoles),
    sharedTeamIds: teams(sharedViewRoles),
    sharedOrganisationIds: actor.memberships
      .filter((m) => sharedViewRoles.includes(m.role))
      .map((m) => m.organisationId),
  };
}

const NONE = "00000000-0000-0000-0000-000000000000";
const orNone = (ids: string[]) => (ids.length > 0 ? ids : [NONE]);

function fullAccess(eb: ExpressionBuilder<DB, "client">, scope: Scope) {
  return eb.exists(
    eb
      .selectFrom("episode as ge")
      .innerJoin("episode_assignment as ga", "ga.episode_id", "ge.id")
      .select("ga.id")
      .whereRef("ge.client_id", "=", "client.id")
      .where("ga.valid_to", "is", null)
      .where("ga.ips_team_id", "in", orNone(scope.fullTeamIds)),
  );
}

/** Consents in force on `today` that name one of the actor's teams or organisations. */
function sharedConsents(eb: ExpressionBuilder<DB, "client">, scope: Scope, today: string) {
  return eb
    .selectFrom("consent as gc")
    .select("gc.client_id")
    .where("gc.given_on", "<=", today)
    .where((w) => w.or([w("gc.withdrawn_on", "is", null), w("gc.withdrawn_on", ">", today)]))
    .where((w) => w.or([w("gc.valid_until", "is", null), w("gc.valid_until", ">=", today)]))
    .where((w) =>
      w.or([
        w.and([
          w("gc.scope", "=", "share_with_treatment_team"),
          w("gc.target_team_id", "in", orNone(scope.sharedTeamIds)),
        ]),
        w.and([
          w("gc.scope", "=", "share_with_organisation"),
          w("gc.target_organisation_id", "in", orNone(scope.sharedOrganisationIds)),
        ]),
      ]),
    );
}

/**
 * The ids of the clients in the actor's scope, read from the scope's side: open assignments of
 * the actor's IPS teams (episode_assignment_team_idx) and consents naming the actor's teams or
 * organisations (consent target indexes). A list is then `client.id = any(array(…))`, which the
 * planner answers with one pass over these few rows and the client primary key, so a list costs
 * what the caller's scope holds, not what the whole database holds (issue 8: a correlated
 * `exists` per client, and even `in (…)` with a hash join, scanned every client).
 */
function scopeClientIds(
  eb: ExpressionBuilder<DB, "client">,
  scope: Scope,
  today: string,
  need: ClientAccessLevel,
  assignedTo: string | undefined,
) {
  const full = eb
    .selectFrom("episode_assignment as sa")
    .innerJoin("episode as se", "se.id", "sa.episode_id")
    .select("se.client_id")
    .where("sa.valid_to", "is", null)
    .where("sa.ips_team_id", "in", orNone(scope.fullTeamIds));
  // A coach's own caseload starts from their open assignments (episode_assignment_coach_idx), so
  // it costs what the caseload holds, not what the team holds; the team condition still applies.
  if (assignedTo !== undefined) return full.where("sa.coach_user_id", "=", assignedTo);
  return need === "full" ? full : full.union(sharedConsents(eb, scope, today));
}

function sharedAccess(eb: ExpressionBuilder<DB, "client">, scope: Scope, today: string) {
  return eb.exists(sharedConsents(eb, scope, today).whereRef("gc.client_id", "=", "client.id"));
}

/**
 * The gated client query. `driver` says which side the planner should start from: "scope" for
 * lists (the caller's scope is small, the client table is national), "client" when the caller
 * names one client (two indexed existence checks on that client).
 */
function gatedClients(
  db: Executor,
  actor: Actor,
  today: string,
  need: ClientAccessLevel,
  driver: "scope" | "client",
  assignedTo?: string,
) {
  const scope = scopeOf(actor);
  return db
    .selectFrom("client")
    .select((eb) => [
      eb
        .case()
        .when(fullAccess(eb, scope))
        .then(sql.lit("full"))
        .else(sql.lit("shared"))
        .end()
        .as("access_level"),
    ])
    .where((eb) =>
      // Until a required second factor is enrolled, no client is visible at all.
      actor.twoFactorRequired
        ? eb.val(false)
        : driver === "scope"
          ? eb(
              "client.id",
              "=",
              eb.fn.any(sql<string[]>`array(${scopeClientIds(eb, scope, today, need, assignedTo)})`),
            )
          : need === "full"
            ? fullAccess(eb, scope)
            : eb.or([fullAccess(eb, scope), sharedAccess(eb, scope, today)]),
    );
}

/**
 * The clients the actor may see, with the access level of each, as a query to build on. It is
 * the only way to list client records.
 */
export function visibleClients(
  db: Executor,
  actor: Actor,
  today = helsinkiDate(),
  need: ClientAccessLevel = "shared",
) {
  return gatedClients(db, actor, today, need, "scope");
}

/**
 * The clients whose open assignment names `coachUserId` as their coach, among those the actor
 * sees in full (the actor's IPS teams): a coach's own caseload, read from the coach's side.
 */
export function visibleClientsAssignedTo(
  db: Executor,
  actor: Actor,
  coachUserId: string,
  today = helsinkiDate(),
) {
  return gatedClients(db, actor, today, "full", "scope", coachUserId);
}

/**
 * Resolves one client through the gate: not visible → not_found (existence does not leak);
 * visible but the action needs the full record → forbidden.
 */
export async function requireClientAccess(
  db: Executor,
  actor: Actor,
  clientId: string,
  need: ClientAccessLevel,
): Promise<GatedClient> {
  if (actor.twoFactorRequired) throw new AppError("two_factor_required");
  const row = await gatedClients(db, actor, helsinkiDate(), "shared", "client")
    .select(["client.id", "client.organisation_id"])
    .where("client.id", "=", clientId)
    .executeTakeFirst();
  // Denials go through deny(): the route layer audits each one once, after any rollback.
  if (!row) throw deny("not_found", { targetType: "client", targetId: clientId });
  // The one place a gated handle is minted: the brand is a compile-time mark with no runtime value.
  const client = {
    clientId: row.id,
    organisationId: row.organisation_id,
    level: row.access_level as ClientAccessLevel,
  } as GatedClient;
  return atLevel(client, need);
}

/** The gated client when its granted level covers `need`; a visible client at a lower level is forbidden. */
export function atLevel(client: GatedClient, need: ClientAccessLevel): GatedClient {
  if (need === "full" && client.level !== "full") {
    throw deny("forbidden", {
      targetType: "client",
      targetId: client.clientId,
      organisationId: client.organisationId,
    });
  }
  return client;
}
