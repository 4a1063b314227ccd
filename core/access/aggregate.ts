import type { Role } from "./roles.ts";

/**
 * The "aggregate" access level: who may see figures above the single client (counts, rates,
 * outcome and fidelity numbers) for a coach's caseload, a team or an organisation. Figures are
 * not client records, so this is a separate question from the client gate's "full"/"shared":
 * an organisation admin sees no client, yet may see the organisation's employment rate.
 *
 * - coach: their own caseload's figures and their IPS team's;
 * - team lead: the teams they lead and the caseloads of those teams' coaches;
 * - organisation admin and evaluator: the organisation and every team in it;
 * - everyone else (clinicians, reviewers, platform admins): nothing.
 *
 * - network (issue 9): the network's evaluators, and the organisation admins of an organisation
 *   whose agreement with the network is in force (they see where they stand among the others).
 *   A network's figures are aggregates of organisations; nobody reaches a client through one.
 *
 * Extension point, deliberately closed for now: fidelity reviewers (issue 12) will be granted
 * the teams under review. It belongs here, and nowhere else, when it comes.
 */
export type AggregateScope =
  | { kind: "coach"; userId: string; teamId: string; organisationId: string }
  | { kind: "team"; teamId: string; organisationId: string }
  | { kind: "organisation"; organisationId: string };

/**
 * A reporting network's scope (issue 9), kept apart from AggregateScope so every caller that reads
 * a scope's organisation keeps compiling. `memberOrganisationIds`: organisations whose agreement
 * is in force today (resolved by the server).
 */
export type NetworkAggregateScope = {
  kind: "network";
  networkId: string;
  memberOrganisationIds: readonly string[];
};

export type AggregateMembership = { organisationId: string; teamId: string | null; role: Role };
export type AggregateViewer = {
  userId: string;
  memberships: readonly AggregateMembership[];
  /** Networks the viewer is a current evaluator of (network evaluators need no organisation). */
  networkIds?: readonly string[];
  /** A required second factor is not enrolled yet: nothing at all. */
  twoFactorRequired: boolean;
};

const organisationWide: readonly Role[] = ["org_admin", "evaluator"];

const holds = (viewer: AggregateViewer, organisationId: string, roles: readonly Role[], teamId?: string) =>
  viewer.memberships.some(
    (m) =>
      m.organisationId === organisationId &&
      roles.includes(m.role) &&
      (teamId === undefined || m.teamId === teamId),
  );

/** True when the viewer may see figures for the scope. Deny by default. */
export function mayViewAggregate(
  viewer: AggregateViewer,
  scope: AggregateScope | NetworkAggregateScope,
): boolean {
  if (viewer.twoFactorRequired) return false;
  if (scope.kind === "network") {
    return (
      (viewer.networkIds ?? []).includes(scope.networkId) ||
      scope.memberOrganisationIds.some((id) => holds(viewer, id, ["org_admin"]))
    );
  }
  const { organisationId } = scope;
  if (holds(viewer, organisationId, organisationWide)) return true;
  switch (scope.kind) {
    case "organisation":
      return false;
    case "team":
      return holds(viewer, organisationId, ["coach", "team_lead"], scope.teamId);
    case "coach":
      return (
        (scope.userId === viewer.userId &&
          holds(viewer, organisationId, ["coach", "team_lead"], scope.teamId)) ||
        holds(viewer, organisationId, ["team_lead"], scope.teamId)
      );
  }
}

/**
 * The scopes the viewer holds directly: teams they work in or lead, organisations they see whole.
 * An organisation in `organisationIds` covers every team in it (the server lists those teams).
 */
export function aggregateScopes(viewer: AggregateViewer): { teamIds: string[]; organisationIds: string[] } {
  if (viewer.twoFactorRequired) return { teamIds: [], organisationIds: [] };
  const organisationIds = [
    ...new Set(
      viewer.memberships.filter((m) => organisationWide.includes(m.role)).map((m) => m.organisationId),
    ),
  ];
  const teamIds = [
    ...new Set(
      viewer.memberships
        .filter((m) => (m.role === "coach" || m.role === "team_lead") && m.teamId !== null)
        .map((m) => m.teamId as string),
    ),
  ];
  return { teamIds, organisationIds };
}
