import { helsinkiDate } from "../../../core/time/dates.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { createDemoOrganisation } from "./create-demo-organisation.ts";
import { type DemoAccount, writeDemoAccounts } from "./demo-accounts.ts";
import { writeDemoMoments } from "./demo-moments.ts";

export type SeedResult =
  | { seeded: false }
  | { seeded: true; accounts: Array<DemoAccount & { password: string }> };

/**
 * Creates the living demo once, into an empty database: the demo organisation with one person per
 * role and the demo coach's week around `today`. Passwords are random (or POLKU_DEMO_PASSWORD for
 * tests) and returned so the caller prints them once.
 */
export async function seedDemoIfEmpty(
  database: Database,
  fixedPassword: string | null,
  today: string = helsinkiDate(),
): Promise<SeedResult> {
  return inTransaction(database, async (trx) => {
    const existing = await trx.selectFrom("user").select("id").limit(1).executeTakeFirst();
    if (existing) return { seeded: false };
    const demo = await createDemoOrganisation(trx, fixedPassword);
    await writeDemoMoments(trx, demo.team, today);
    await writeDemoAccounts(
      trx,
      demo.accounts.map(({ email, role }) => ({ email, role })),
    );
    await recordAuditEvent(trx, {
      eventType: "demo.seeded",
      actorUserId: null,
      organisationId: demo.team.organisationId,
      targetType: "organisation",
      targetId: demo.team.organisationId,
    });
    return {
      seeded: true,
      accounts: demo.accounts.map(({ email, role, password }) => ({ email, role, password })),
    };
  });
}
