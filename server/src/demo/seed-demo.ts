import { helsinkiDate } from "../../../core/time/dates.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { generateDataset } from "../generate/generate-dataset.ts";
import { refreshOutcomeSummaries } from "../outcome-summaries/refresh-outcome-summaries.ts";
import type { Database } from "../platform/db/database.ts";
import { type Executor, inTransaction } from "../platform/db/transaction.ts";
import { createDemoOrganisation } from "./create-demo-organisation.ts";
import { type DemoAccount, writeDemoAccounts } from "./demo-accounts.ts";
import { writeDemoMoments } from "./demo-moments.ts";
import { joinDemoNetwork } from "./join-demo-network.ts";
import { writeDemoComparison } from "./write-demo-comparison.ts";

/** A first start that created the demo's accounts but failed before the demo was complete. */
export class DemoUnfinishedError extends Error {
  constructor() {
    super(
      "The demo data was left unfinished by an earlier first start that failed. Stop Polku, remove the data directory (POLKU_DATA_DIR, default ./data, with its .audit-key and .audit-checkpoints beside it) and start again, or start with POLKU_DEMO=false on a new data directory.",
    );
    this.name = "DemoUnfinishedError";
  }
}

async function demoLeftUnfinished(trx: Executor): Promise<boolean> {
  const demoOrganisation = await trx
    .selectFrom("organisation")
    .select("id")
    .where("is_demo", "=", true)
    .limit(1)
    .executeTakeFirst();
  if (!demoOrganisation) return false;
  const seeded = await trx
    .selectFrom("audit_event")
    .select("event_type")
    .where("event_type", "=", "demo.seeded")
    .limit(1)
    .executeTakeFirst();
  return !seeded;
}

export type SeedResult =
  | { seeded: false }
  | { seeded: true; accounts: Array<DemoAccount & { password: string }>; clients: number; seconds: number };

/**
 * The living demo's size: the demo team and three small generated organisations, three years of
 * history ending today. The seed is fixed, so every first start builds the same people.
 */
export const DEMO_DATASET = { clients: 100, years: 3, organisations: 4, seed: 2026 } as const;

/**
 * Creates the living demo once, into an empty database: the demo organisation with one person per
 * role, its IPS team's history built by the dataset generator around those people (the demo coach
 * first), three small organisations beside it in a reporting network the demo evaluator follows,
 * and the demo coach's week around `today`. Passwords are random (or POLKU_DEMO_PASSWORD for
 * tests) and returned so the caller prints them once.
 */
export async function seedDemoIfEmpty(
  database: Database,
  fixedPassword: string | null,
  today: string = helsinkiDate(),
): Promise<SeedResult> {
  const started = performance.now();
  // The generator writes in a transaction of its own around rows it must find committed, so the
  // accounts come first. Should a later step fail, the start fails with it; the next start finds
  // the demo organisation without its `demo.seeded` event and says what to do (whose passwords
  // were never printed), rather than serve a demo nobody can sign in to.
  const demo = await inTransaction(database, async (trx) => {
    const existing = await trx.selectFrom("user").select("id").limit(1).executeTakeFirst();
    if (!existing) return createDemoOrganisation(trx, fixedPassword);
    if (await demoLeftUnfinished(trx)) throw new DemoUnfinishedError();
    return null;
  });
  if (!demo) return { seeded: false };
  const { team } = demo;
  const report = await generateDataset(database, {
    ...DEMO_DATASET,
    anchor: today,
    into: {
      organisationId: team.organisationId,
      ipsTeamId: team.ipsTeamId,
      treatmentTeamId: team.treatmentTeamId,
      coachUserIds: [team.coachUserId],
    },
  });
  await inTransaction(database, async (trx) => {
    await writeDemoMoments(trx, team, today);
    await joinDemoNetwork(trx, demo, report);
    await writeDemoComparison(
      trx,
      team.organisationId,
      demo.accounts.find((a) => a.role === "team_lead")?.userId ?? "",
      today,
    );
    await writeDemoAccounts(
      trx,
      demo.accounts.map(({ email, role }) => ({ email, role })),
    );
    await recordAuditEvent(trx, {
      eventType: "demo.seeded",
      actorUserId: null,
      organisationId: team.organisationId,
      targetType: "organisation",
      targetId: team.organisationId,
    });
  });
  // The moments changed the demo team's quarter: its stored summaries are refreshed now, not by
  // the background refresher ten seconds after the first page.
  await refreshOutcomeSummaries(database, { teamIds: [team.ipsTeamId], today });
  return {
    seeded: true,
    accounts: demo.accounts.map(({ email, role, password }) => ({ email, role, password })),
    clients: report.counts.client ?? 0,
    seconds: (performance.now() - started) / 1000,
  };
}
