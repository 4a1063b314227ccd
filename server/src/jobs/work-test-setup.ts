import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import type { TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

export type WorkSetup = {
  orgId: string;
  clientId: string;
  episodeId: string;
  coach: TestClient;
  clinician: TestClient;
  /** A second client of the same coach. */
  otherClientId: string;
};

/**
 * Tests only: an organisation with an IPS team and a treatment team, a signed-in coach with two
 * clients, and a signed-in clinician of the treatment team the first client consented to share with.
 */
export async function setUpWork(t: TestApp): Promise<WorkSetup> {
  const org = await buildOrganisation(t.database);
  const ipsTeam = await buildTeam(t.database, org.id, "ips_team");
  const clinic = await buildTeam(t.database, org.id, "treatment_team");
  const coachPerson = await buildStaff(t.database, {
    organisationId: org.id,
    role: "coach",
    teamId: ipsTeam.id,
  });
  const clinicianPerson = await buildStaff(t.database, {
    organisationId: org.id,
    role: "clinician",
    teamId: clinic.id,
  });
  const client = await buildClientWithConsent(t.database, {
    organisationId: org.id,
    ipsTeamId: ipsTeam.id,
    coachUserId: coachPerson.id,
    consentTeamId: clinic.id,
  });
  const other = await buildClientWithConsent(t.database, {
    organisationId: org.id,
    ipsTeamId: ipsTeam.id,
    coachUserId: coachPerson.id,
  });
  const coach = t.client();
  await coach.signIn(coachPerson.email, coachPerson.password);
  const clinician = t.client();
  await clinician.signIn(clinicianPerson.email, clinicianPerson.password);
  return {
    orgId: org.id,
    clientId: client.clientId,
    episodeId: client.episodeId,
    coach,
    clinician,
    otherClientId: other.clientId,
  };
}

/** An ISO date `days` from today in UTC terms (tests pick dates far enough from midnight edges). */
export function daysFromToday(today: string, days: number): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
