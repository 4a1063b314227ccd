import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import type { TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

export type Journey = {
  orgId: string;
  ipsTeamId: string;
  clinicId: string;
  clientId: string;
  episodeId: string;
  coachId: string;
  /** The client's coach, another coach and the team leader of the same IPS team. */
  coach: TestClient;
  otherCoach: TestClient;
  lead: TestClient;
  /** A clinician of the treatment team the client consented to share with. */
  clinician: TestClient;
  /** A coach of another organisation. */
  stranger: TestClient;
};

/** One organisation's IPS team, treatment team and a consented client, with everyone signed in. */
export async function buildJourney(
  t: TestApp,
  client: { firstName?: string; lastName?: string } = {},
): Promise<Journey> {
  const org = await buildOrganisation(t.database);
  const other = await buildOrganisation(t.database);
  const ipsTeam = await buildTeam(t.database, org.id, "ips_team");
  const clinic = await buildTeam(t.database, org.id, "treatment_team");
  const signedIn = async (person: { email: string; password: string }) => {
    const c = t.client();
    await c.signIn(person.email, person.password);
    return c;
  };
  const coach = await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: ipsTeam.id });
  const built = await buildClientWithConsent(t.database, {
    organisationId: org.id,
    ipsTeamId: ipsTeam.id,
    coachUserId: coach.id,
    consentTeamId: clinic.id,
    ...client,
  });
  return {
    orgId: org.id,
    ipsTeamId: ipsTeam.id,
    clinicId: clinic.id,
    ...built,
    coachId: coach.id,
    coach: await signedIn(coach),
    otherCoach: await signedIn(
      await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: ipsTeam.id }),
    ),
    lead: await signedIn(
      await buildStaff(t.database, { organisationId: org.id, role: "team_lead", teamId: ipsTeam.id }),
    ),
    clinician: await signedIn(
      await buildStaff(t.database, { organisationId: org.id, role: "clinician", teamId: clinic.id }),
    ),
    stranger: await signedIn(await buildStaff(t.database, { organisationId: other.id, role: "coach" })),
  };
}

/** A valid activity body; override what the test is about. */
export function activityBody(overrides: Record<string, unknown> = {}) {
  return {
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    durationMinutes: 60,
    type: "workplace_visit",
    mode: "face_to_face",
    place: "workplace",
    participants: ["client", "employer"],
    purposes: ["follow_along_client", "follow_along_employer"],
    notes: "Visited the workplace; tasks adapted.",
    sharedWithTreatmentTeam: false,
    ...overrides,
  };
}
