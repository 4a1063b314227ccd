import { randomBytes } from "node:crypto";
import type { Role } from "../../../core/access/roles.ts";
import { createCredentialUser } from "../auth/user-credentials.ts";
import type { Trx } from "../platform/db/transaction.ts";
import type { DemoAccount } from "./demo-accounts.ts";
import type { DemoTeam } from "./demo-moments.ts";

type DemoUser = { email: string; name: string; role: Role | "platform_admin"; team: "ips" | "clinic" | null };

const people: DemoUser[] = [
  { email: "admin@demo.polku.fi", name: "Aino Pääkäyttäjä", role: "org_admin", team: null },
  { email: "coach@demo.polku.fi", name: "Ville Valmentaja", role: "coach", team: "ips" },
  { email: "lead@demo.polku.fi", name: "Tiina Tiiminvetäjä", role: "team_lead", team: "ips" },
  { email: "clinician@demo.polku.fi", name: "Hanna Hoitaja", role: "clinician", team: "clinic" },
  { email: "evaluator@demo.polku.fi", name: "Eero Arvioija", role: "evaluator", team: null },
  { email: "platform@demo.polku.fi", name: "Pekka Ylläpitäjä", role: "platform_admin", team: null },
];

export type DemoAccountWithPassword = DemoAccount & { password: string; userId: string };
export type DemoOrganisation = { team: DemoTeam; accounts: DemoAccountWithPassword[] };

/**
 * The demo organisation with its IPS team and treatment team, and one sign-in per role. Passwords
 * are random (or `fixedPassword`, POLKU_DEMO_PASSWORD, for tests).
 */
export async function createDemoOrganisation(
  trx: Trx,
  fixedPassword: string | null,
): Promise<DemoOrganisation> {
  const org = await trx
    .insertInto("organisation")
    .values({ name: "Demo-hyvinvointialue", type: "wellbeing_services_county", is_demo: true })
    .returning("id")
    .executeTakeFirstOrThrow();
  const teams = await trx
    .insertInto("team")
    .values([
      { organisation_id: org.id, name: "IPS-tiimi", kind: "ips_team" },
      { organisation_id: org.id, name: "Psykiatrian poliklinikka", kind: "treatment_team" },
    ])
    .returning(["id", "kind"])
    .execute();
  const teamId = (key: DemoUser["team"]) =>
    key === null
      ? null
      : (teams.find((t) => t.kind === (key === "ips" ? "ips_team" : "treatment_team"))?.id ?? null);
  const accounts: DemoAccountWithPassword[] = [];
  for (const person of people) {
    const password = fixedPassword ?? randomBytes(12).toString("base64url");
    const user = await createCredentialUser(trx, {
      name: person.name,
      email: person.email,
      password,
      locale: "fi",
      platformAdmin: person.role === "platform_admin",
    });
    if (person.role !== "platform_admin") {
      await trx
        .insertInto("membership")
        .values({
          user_id: user.id,
          organisation_id: org.id,
          team_id: teamId(person.team),
          role: person.role,
          fte: person.role === "coach" ? 1 : null,
        })
        .execute();
    }
    accounts.push({ email: person.email, role: person.role, password, userId: user.id });
  }
  const userOf = (role: DemoUser["role"]) => accounts.find((a) => a.role === role)?.userId ?? "";
  return {
    team: {
      organisationId: org.id,
      ipsTeamId: teamId("ips") ?? "",
      treatmentTeamId: teamId("clinic") ?? "",
      coachUserId: userOf("coach"),
    },
    accounts,
  };
}
