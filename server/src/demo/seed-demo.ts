import { randomBytes } from "node:crypto";
import type { Role } from "../../../core/access/roles.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { createCredentialUser } from "../auth/user-credentials.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { type DemoAccount, writeDemoAccounts } from "./demo-accounts.ts";
import { writeDemoMoments } from "./demo-moments.ts";

type DemoUser = { email: string; name: string; role: Role | "platform_admin"; team: "ips" | "clinic" | null };

const people: DemoUser[] = [
  { email: "admin@demo.polku.fi", name: "Aino Pääkäyttäjä", role: "org_admin", team: null },
  { email: "coach@demo.polku.fi", name: "Ville Valmentaja", role: "coach", team: "ips" },
  { email: "lead@demo.polku.fi", name: "Tiina Tiiminvetäjä", role: "team_lead", team: "ips" },
  { email: "clinician@demo.polku.fi", name: "Hanna Hoitaja", role: "clinician", team: "clinic" },
  { email: "evaluator@demo.polku.fi", name: "Eero Arvioija", role: "evaluator", team: null },
  { email: "platform@demo.polku.fi", name: "Pekka Ylläpitäjä", role: "platform_admin", team: null },
];

export type SeedResult =
  | { seeded: false }
  | { seeded: true; accounts: Array<DemoAccount & { password: string }> };

/**
 * Creates a demo organisation with one person per role, once, into an empty database. Passwords
 * are random (or POLKU_DEMO_PASSWORD for tests) and returned so the caller prints them once.
 */
export async function seedDemoIfEmpty(database: Database, fixedPassword: string | null): Promise<SeedResult> {
  return inTransaction(database, async (trx) => {
    const existing = await trx.selectFrom("user").select("id").limit(1).executeTakeFirst();
    if (existing) return { seeded: false };
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
    const accounts: Array<DemoAccount & { password: string; userId: string }> = [];
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
    const coach = accounts.find((a) => a.role === "coach");
    await writeDemoMoments(
      trx,
      {
        organisationId: org.id,
        ipsTeamId: teamId("ips") ?? "",
        treatmentTeamId: teamId("clinic") ?? "",
        coachUserId: coach?.userId ?? "",
      },
      helsinkiDate(),
    );
    await writeDemoAccounts(
      trx,
      accounts.map(({ email, role }) => ({ email, role })),
    );
    await recordAuditEvent(trx, {
      eventType: "demo.seeded",
      actorUserId: null,
      organisationId: org.id,
      targetType: "organisation",
      targetId: org.id,
    });
    return {
      seeded: true,
      accounts: accounts.map(({ email, role, password }) => ({ email, role, password })),
    };
  });
}
