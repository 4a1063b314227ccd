import type { Role } from "../../../core/access/roles.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import type { TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

export type ComparisonSetup = {
  orgId: string;
  teamId: string;
  /** The person each client is signed in as, by role (the coach and lead work in `teamId`). */
  coachUserId: string;
  as: Record<Role | "otherOrgAdmin", TestClient>;
};

/** Tests only: an organisation with an IPS team and one signed-in person per role, plus another organisation's admin. */
export async function setUpComparisons(t: TestApp, language = "en"): Promise<ComparisonSetup> {
  const org = await buildOrganisation(t.database);
  const team = await buildTeam(t.database, org.id);
  const other = await buildOrganisation(t.database);
  const roles = ["coach", "team_lead", "clinician", "reviewer", "evaluator", "org_admin"] as const;
  const as = {} as ComparisonSetup["as"];
  let coachUserId = "";
  for (const role of roles) {
    const teamId = role === "coach" || role === "team_lead" ? team.id : null;
    const person = await buildStaff(t.database, { organisationId: org.id, role, teamId });
    if (role === "coach") coachUserId = person.id;
    as[role] = t.client(language);
    await as[role].signIn(person.email, person.password);
  }
  const outsider = await buildStaff(t.database, { organisationId: other.id, role: "org_admin" });
  as.otherOrgAdmin = t.client(language);
  await as.otherOrgAdmin.signIn(outsider.email, outsider.password);
  return { orgId: org.id, teamId: team.id, coachUserId, as };
}
