/**
 * The pages `npm run bench` measures, each twice: through the API (the HTTP app, signed in as the
 * role that opens it) and as the bare SQL behind it — the same query functions its use case runs,
 * called on the database in one transaction with the actor already loaded: no HTTP, session,
 * presenter or audit entry (and, for the dashboards, no merging or suppression in JavaScript).
 */
import { lastFullQuarter, quartersEnding } from "../core/outcomes/periods.ts";
import { currentRuleSet } from "../core/outcomes/rule-sets.ts";
import { supervisionWeek } from "../core/supervision/agenda.ts";
import { addDays } from "../core/time/dates.ts";
import type { Actor } from "../server/src/access/actor.ts";
import { requireNetworkAccess } from "../server/src/access/aggregate-gate.ts";
import { requireClientAccess, visibleClients } from "../server/src/access/client-gate.ts";
import { gatedIds } from "../server/src/access/gated-client.ts";
import { activitiesQuery, clientTeamIds, loadActivity } from "../server/src/activities/activity-query.ts";
import { checkActivityContent, currentEpisodeId } from "../server/src/activities/activity-rules.ts";
import { disagreeingActivities } from "../server/src/activities/list-activity-review.ts";
import { caseloadRows } from "../server/src/clients/caseload-query.ts";
import { episodesOf } from "../server/src/episodes/episode-query.ts";
import { coachesOf, ledTeamIds } from "../server/src/job-development/team-coaches.ts";
import { jobDevelopmentEvents } from "../server/src/job-development/weekly-events.ts";
import { networkAgreements } from "../server/src/networks/network-query.ts";
import { organisationQuarterFigures } from "../server/src/outcome-summaries/organisation-quarter-figures.ts";
import {
  readNetworkTotals,
  readOrganisationTotals,
} from "../server/src/outcome-summaries/read-stored-totals.ts";
import { loadOutcomeFactsByPeriod } from "../server/src/outcomes/load-outcome-facts.ts";
import { requireOutcomeScope } from "../server/src/outcomes/require-outcome-scope.ts";
import { teamCoaches } from "../server/src/outcomes/team-coaches.ts";
import type { Trx } from "../server/src/platform/db/transaction.ts";
import type { TestClient } from "../server/src/platform/testing/test-client.ts";
import {
  jobsOfEpisodes,
  lastFaceToFaceEmployerContacts,
} from "../server/src/supervision/supervision-facts.ts";
import { snoozesOf } from "../server/src/todo/snoozes-of.ts";
import { todosOf } from "../server/src/todo/todos-of.ts";
import type { BenchDataset } from "./dataset.ts";

export type Role = "networkEvaluator" | "orgEvaluator" | "orgAdmin" | "lead" | "coach";
export type Page = {
  name: string;
  role: Role;
  /** The level whose cost should not grow with the nation's size. */
  local: boolean;
  api: (client: TestClient, subject: Subject) => Promise<{ statusCode: number; body: string }>;
  bare: (trx: Trx, actor: Actor, subject: Subject) => Promise<unknown>;
};
/** Whose data a request reads: the dataset's coach, or another coach in the concurrent run. */
export type Subject = { clientId: string; namePrefix: string };

/** The dashboards' default: four quarters of trend ending with the last full quarter. */
const QUARTERS = 4;
const ruleSet = currentRuleSet("us_learning_community");

/** An activity like the ones coaches record all day (the audited write). */
export const activityBody = () => ({
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  durationMinutes: 45,
  type: "client_meeting",
  mode: "face_to_face",
  place: "community",
  participants: ["client"],
  purposes: ["job_search_support"],
  notes: null,
  sharedWithTreatmentTeam: false,
});

/** The measured pages of one dataset; `today` is the Finnish date the dashboards count from. */
export function benchPages(d: BenchDataset, today: string): Page[] {
  const periods = quartersEnding(lastFullQuarter(today), QUARTERS);
  const labels = periods.map((p) => p.label);
  const network = (name: string, networkId: string): Page => ({
    name,
    role: "networkEvaluator",
    local: false,
    api: (c) => c.get(`/api/networks/${networkId}/outcomes?quarters=${QUARTERS}`),
    bare: async (trx, actor) => {
      await requireNetworkAccess(trx, actor, networkId, today);
      const agreements = await networkAgreements(trx, networkId);
      // The stored totals (migration 0021): the member organisations' and the network's.
      const ids = [...new Set(agreements.map((a) => a.organisationId))];
      return [
        await readOrganisationTotals(trx, ids, labels, ruleSet),
        await readNetworkTotals(trx, networkId, labels, ruleSet),
      ];
    },
  });
  const org = `/api/organisations/${d.organisationId}`;
  return [
    network("national dashboard", d.nationalNetworkId),
    ...(d.regionNetworkId ? [network("region dashboard", d.regionNetworkId)] : []),
    {
      name: "organisation dashboard",
      role: "orgEvaluator",
      local: false,
      api: (c) => c.get(`${org}/outcomes?quarters=${QUARTERS}`),
      bare: async (trx, actor) => {
        await requireOutcomeScope(trx, actor, d.organisationId, {
          kind: "organisation",
          organisationId: d.organisationId,
        });
        const teams = await trx
          .selectFrom("team")
          .select(["id", "name", "archived_at"])
          .where("organisation_id", "=", d.organisationId)
          .where("kind", "=", "ips_team")
          .execute();
        const ids = teams.map((t) => t.id);
        return organisationQuarterFigures(trx, d.organisationId, ids, periods, ruleSet, today);
      },
    },
    {
      name: "team dashboard",
      role: "lead",
      local: true,
      api: (c) => c.get(`${org}/teams/${d.teamId}/outcomes?quarters=${QUARTERS}`),
      bare: async (trx, actor) => {
        await requireOutcomeScope(trx, actor, d.organisationId, { kind: "team", teamId: d.teamId });
        const loaded = await loadOutcomeFactsByPeriod(trx, [d.teamId], periods, today);
        const last = loaded.get(labels[labels.length - 1] as string) ?? [];
        return teamCoaches(
          trx,
          d.teamId,
          last.flatMap((f) => (f.coachUserId ? [f.coachUserId] : [])),
        );
      },
    },
    {
      name: "coach's home (caseload)",
      role: "coach",
      local: true,
      api: (c) => c.get("/api/caseload"),
      bare: async (trx, actor) => {
        await caseloadRows(trx, actor, { coachUserId: actor.userId }, today);
        return trx
          .selectFrom("membership")
          .select("fte")
          .where("user_id", "=", actor.userId)
          .where("role", "=", "coach")
          .where("valid_to", "is", null)
          .executeTakeFirst();
      },
    },
    {
      name: "coach's to-do list",
      role: "coach",
      local: true,
      api: (c) => c.get("/api/todo"),
      bare: async (trx, actor) => {
        await todosOf(trx, actor, today);
        return snoozesOf(trx, actor, today);
      },
    },
    {
      name: "supervision agenda",
      role: "lead",
      local: true,
      api: (c) => c.get(`${org}/teams/${d.teamId}/supervision`),
      bare: async (trx, actor) => {
        await requireOutcomeScope(trx, actor, d.organisationId, { kind: "team", teamId: d.teamId });
        const rows = await caseloadRows(trx, actor, { ipsTeamIds: [d.teamId] }, today);
        const searching = rows.filter((r) => r.phase === "career_profile" || r.phase === "job_search");
        await lastFaceToFaceEmployerContacts(
          trx,
          actor,
          searching.map((r) => r.episodeId),
          today,
        );
        await jobsOfEpisodes(
          trx,
          actor,
          rows.map((r) => r.episodeId),
          today,
        );
        const coaches = await coachesOf(trx, { teamIds: [d.teamId] });
        const monday = supervisionWeek(today).monday;
        return jobDevelopmentEvents(
          trx,
          coaches.map((c) => c.userId),
          new Date(`${addDays(monday, -1)}T00:00:00Z`),
        );
      },
    },
    {
      name: "activity review (type and mode)",
      role: "coach",
      local: true,
      api: (c) => c.get("/api/activity-review"),
      bare: (trx, actor) => disagreeingActivities(trx, actor, ledTeamIds(actor), today),
    },
    {
      name: "client list",
      role: "coach",
      local: true,
      api: (c) => c.get("/api/clients"),
      bare: async (trx, actor) => {
        const rows = await visibleClients(trx, actor, today)
          .selectAll("client")
          .orderBy("client.last_name")
          .orderBy("client.first_name")
          .limit(50)
          .execute();
        return episodesOf(trx, gatedIds(rows), today);
      },
    },
    {
      name: "client search by name prefix",
      role: "coach",
      local: true,
      api: (c, s) => c.get(`/api/clients?q=${encodeURIComponent(s.namePrefix)}`),
      bare: async (trx, actor, s) => {
        const rows = await visibleClients(trx, actor, today)
          .selectAll("client")
          .where((eb) =>
            eb.or([
              eb(eb.fn("lower", ["client.first_name"]), "like", `${s.namePrefix}%`),
              eb(eb.fn("lower", ["client.last_name"]), "like", `${s.namePrefix}%`),
            ]),
          )
          .orderBy("client.last_name")
          .orderBy("client.first_name")
          .limit(50)
          .execute();
        return episodesOf(trx, gatedIds(rows), today);
      },
    },
    {
      name: "one client's timeline",
      role: "coach",
      local: true,
      api: (c, s) => c.get(`/api/clients/${s.clientId}/activities`),
      bare: async (trx, actor, s) => {
        const client = await requireClientAccess(trx, actor, s.clientId, "shared");
        await trx
          .selectFrom("activity as a")
          .where("a.client_id", "=", s.clientId)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow();
        await activitiesQuery(trx)
          .where("a.client_id", "=", s.clientId)
          .orderBy("a.occurred_at", "desc")
          .orderBy("a.id", "desc")
          .limit(50)
          .execute();
        return clientTeamIds(trx, client);
      },
    },
    {
      name: "audited write (record an activity)",
      role: "coach",
      local: true,
      api: (c, s) => c.post(`/api/clients/${s.clientId}/activities`, activityBody()),
      bare: async (trx, actor, s) => {
        const client = await requireClientAccess(trx, actor, s.clientId, "full");
        const body = activityBody();
        const content = { ...body, employerId: null, jobId: null };
        await checkActivityContent(trx, content, client.organisationId, client);
        // The row insertActivity writes, without its audit entry.
        const row = await trx
          .insertInto("activity")
          .values({
            organisation_id: client.organisationId,
            client_id: client.clientId,
            episode_id: await currentEpisodeId(trx, client),
            author_user_id: actor.userId,
            occurred_at: body.occurredAt,
            duration_minutes: body.durationMinutes,
            type: body.type,
            mode: body.mode,
            place: body.place,
            participants: body.participants,
            purposes: body.purposes,
            shared_with_treatment_team: false,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        return loadActivity(trx, actor, client, row.id, client.level);
      },
    },
  ];
}
