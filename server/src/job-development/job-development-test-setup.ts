import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import type { TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

export type JobDevelopmentSetup = {
  orgId: string;
  base: string;
  /** Coach A (team A, FTE 0.5) with clients c1 and c2; coach A2 is a second coach of team A. */
  coachA: TestClient;
  coachAId: string;
  coachA2: TestClient;
  coachA2Id: string;
  /** The leader of team A. */
  lead: TestClient;
  /** Coach B of team B, with client cB. */
  coachB: TestClient;
  c1: string;
  c2: string;
  cB: string;
  /** Register entries of the organisation, by short name. */
  employers: Record<"kahvila" | "kauppa" | "varasto" | "hotelli", string>;
  /** A signed-in coach of another organisation. */
  outsider: TestClient;
};

/** Tests only: an organisation with two IPS teams, their coaches and clients, and employers. */
export async function setUpJobDevelopment(t: TestApp): Promise<JobDevelopmentSetup> {
  const org = await buildOrganisation(t.database);
  const teamA = await buildTeam(t.database, org.id, "ips_team");
  const teamB = await buildTeam(t.database, org.id, "ips_team");
  const staff = async (role: "coach" | "team_lead", teamId: string, fte?: number) => {
    const person = await buildStaff(t.database, { organisationId: org.id, role, teamId });
    if (fte !== undefined)
      await t.database.db.updateTable("membership").set({ fte }).where("user_id", "=", person.id).execute();
    const client = t.client();
    await client.signIn(person.email, person.password);
    return { id: person.id, client };
  };
  const a = await staff("coach", teamA.id, 0.5);
  const a2 = await staff("coach", teamA.id);
  const leader = await staff("team_lead", teamA.id);
  const b = await staff("coach", teamB.id);
  const client = (ipsTeamId: string, coachUserId: string, firstName: string, lastName: string) =>
    buildClientWithConsent(t.database, {
      organisationId: org.id,
      ipsTeamId,
      coachUserId,
      firstName,
      lastName,
    });
  const c1 = await client(teamA.id, a.id, "Aino", "Virtanen");
  const c2 = await client(teamA.id, a.id, "Eero", "Korhonen");
  const cB = await client(teamB.id, b.id, "Siiri", "Mäkinen");
  const employer = async (name: string, industry: string, municipality: string) =>
    (
      await t.database.db
        .insertInto("employer")
        .values({ organisation_id: org.id, name, industry, municipality, created_by: a.id })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const other = await buildOrganisation(t.database);
  const outsiderPerson = await buildStaff(t.database, { organisationId: other.id, role: "coach" });
  const outsider = t.client();
  await outsider.signIn(outsiderPerson.email, outsiderPerson.password);
  return {
    orgId: org.id,
    base: `/api/organisations/${org.id}`,
    coachA: a.client,
    coachAId: a.id,
    coachA2: a2.client,
    coachA2Id: a2.id,
    lead: leader.client,
    coachB: b.client,
    c1: c1.clientId,
    c2: c2.clientId,
    cB: cB.clientId,
    employers: {
      kahvila: await employer("Kahvila Aamu Oy", "I", "Tampere"),
      kauppa: await employer("Kauppa Oy", "G", "Tampere"),
      varasto: await employer("Varasto Oy", "H", "Nokia"),
      hotelli: await employer("Hotelli Oy", "I", "Tampere"),
    },
    outsider,
  };
}

/** A contact body with sensible defaults for the fields a test does not care about. */
export function contactBody(employerId: string, occurredAt: string, extra: Record<string, unknown> = {}) {
  return {
    employerId,
    occurredAt,
    faceToFace: true,
    purposes: ["learn_needs"],
    outcome: "nothing_yet",
    ...extra,
  };
}
