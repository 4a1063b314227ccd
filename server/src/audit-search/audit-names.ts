import type { AuditNames } from "../../../core/audit/describe-event.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import { decideOrganisation } from "../access/gate.ts";
import type { Executor } from "../platform/db/transaction.ts";
import type { AuditRow } from "./audit-rows.ts";

const personKeys = ["firstAdminUserId", "coachUserId", "evaluatorId", "coachUserIds"];
const teamKeys = ["teamId", "ipsTeamId", "treatmentTeamId", "teamIds"];
const clientKeys = ["clientId", "clientIds", "matchedClientIds", "clientIdsNamed"];

function collect(rows: readonly AuditRow[], keys: readonly string[], targetType: string): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.target_type === targetType && row.target_id) ids.add(row.target_id);
    for (const key of keys) {
      const value = row.details[key];
      for (const id of Array.isArray(value) ? value : [value]) if (typeof id === "string") ids.add(id);
    }
  }
  return [...ids];
}

export type NameScope = {
  /** The organisation whose log is read: its staff, teams and (with employer.read) employers. */
  organisationId: string;
  /**
   * People named by their own organisation only ("organisation"), or anyone who appears
   * ("anyone": a client's use log names whoever read the record, from whichever organisation).
   */
  people: "organisation" | "anyone";
  /**
   * Client names through the client gate ("gate"), or none ("none": a client's own use log shows
   * the other clients a list named only as a count).
   */
  clients: "gate" | "none";
};

/**
 * The names an audit page may show its reader, looked up through the gates: staff of the
 * organisation, its teams, its employers only with `employer.read`, and clients only through the
 * client gate (`visibleClients`), so an organisation admin reading the log sees no client's name.
 */
export async function loadAuditNames(
  db: Executor,
  actor: Actor,
  scope: NameScope,
  rows: readonly AuditRow[],
): Promise<AuditNames> {
  const personIds = [
    ...new Set([
      ...collect(rows, personKeys, "user"),
      ...rows.map((r) => r.actor_user_id).filter((id): id is string => id !== null),
    ]),
  ];
  // Ids in uuid columns are looked up only when they are uuids (a denial's details are codes).
  const teamIds = collect(rows, teamKeys, "team").filter(isUuid);
  const clientIds = scope.clients === "gate" ? collect(rows, clientKeys, "client").filter(isUuid) : [];
  const employerIds = collect(rows, ["employerId"], "employer").filter(isUuid);

  let people = db.selectFrom("user as u").select(["u.id", "u.name"]).where("u.id", "in", orNone(personIds));
  if (scope.people === "organisation")
    people = people.where((eb) =>
      eb.exists(
        eb
          .selectFrom("membership as m")
          .select("m.id")
          .whereRef("m.user_id", "=", "u.id")
          .where("m.organisation_id", "=", scope.organisationId),
      ),
    );
  const teams = db
    .selectFrom("team")
    .select(["id", "name"])
    .where("organisation_id", "=", scope.organisationId)
    .where("id", "in", orNone(teamIds));
  const employers = decideOrganisation(actor, "employer.read", scope.organisationId).allowed
    ? await db
        .selectFrom("employer")
        .select(["id", "name"])
        .where("organisation_id", "=", scope.organisationId)
        .where("id", "in", orNone(employerIds))
        .execute()
    : [];
  const clients =
    clientIds.length === 0
      ? []
      : await visibleClients(db, actor)
          .select(["client.id", "client.first_name", "client.last_name"])
          .where("client.id", "in", clientIds)
          .execute();

  const byId = (list: { id: string; name: string }[]) => new Map(list.map((r) => [r.id, r.name]));
  const personNames = byId(personIds.length ? await people.execute() : []);
  const teamNames = byId(teamIds.length ? await teams.execute() : []);
  const employerNames = byId(employers);
  const clientNames = new Map(clients.map((c) => [c.id, `${c.first_name} ${c.last_name}`]));
  return {
    person: (id) => personNames.get(id) ?? null,
    team: (id) => teamNames.get(id) ?? null,
    client: (id) => clientNames.get(id) ?? null,
    employer: (id) => employerNames.get(id) ?? null,
  };
}

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
const orNone = (ids: string[]) => (ids.length > 0 ? ids : ["00000000-0000-0000-0000-000000000000"]);
