import type { OutcomeScopes } from "../../../core/contracts/outcomes.ts";
import { currentRuleSet } from "../../../core/outcomes/rule-sets.ts";
import { outcomeRuleSetIds } from "../../../core/outcomes/types.ts";
import type { Actor } from "../access/actor.ts";
import { aggregateTeams } from "../access/aggregate-gate.ts";
import type { Database } from "../platform/db/database.ts";

/**
 * The outcome pages the caller may open: their own caseload in each IPS team they coach in, the
 * teams whose figures they may see (aggregateTeams), the organisations they see whole (admins,
 * evaluators), and the rule sets. Names of teams and organisations only: nothing to audit.
 */
export async function listOutcomeScopes(database: Database, actor: Actor): Promise<OutcomeScopes> {
  const db = database.db;
  const teamIds = await aggregateTeams(db, actor);
  const teams =
    teamIds.length === 0
      ? []
      : await db
          .selectFrom("team")
          .select(["id", "organisation_id", "name"])
          .where("id", "in", teamIds)
          .orderBy("name")
          .orderBy("id")
          .execute();
  const coachTeamIds = actor.twoFactorRequired
    ? []
    : actor.memberships.filter((m) => m.role === "coach" || m.role === "team_lead").map((m) => m.teamId);
  const organisationIds = actor.twoFactorRequired
    ? []
    : [
        ...new Set(
          actor.memberships
            .filter((m) => m.role === "org_admin" || m.role === "evaluator")
            .map((m) => m.organisationId),
        ),
      ];
  const organisations =
    organisationIds.length === 0
      ? []
      : await db
          .selectFrom("organisation")
          .select(["id", "name"])
          .where("id", "in", organisationIds)
          .orderBy("name")
          .execute();
  return {
    coach: teams
      .filter((t) => coachTeamIds.includes(t.id))
      .map((t) => ({
        organisationId: t.organisation_id,
        teamId: t.id,
        userId: actor.userId,
        teamName: t.name,
      })),
    teams: teams.map((t) => ({ organisationId: t.organisation_id, teamId: t.id, name: t.name })),
    organisations: organisations.map((o) => ({ organisationId: o.id, name: o.name })),
    ruleSets: outcomeRuleSetIds.map((id) => currentRuleSet(id)),
  };
}
