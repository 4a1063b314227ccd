import type { Executor } from "../platform/db/transaction.ts";

export type DemoAccount = { email: string; role: string };
const KEY = "demo_accounts";

/** The demo sign-in emails (never passwords), while demo data is present. */
export async function readDemoAccounts(db: Executor): Promise<DemoAccount[]> {
  const row = await db.selectFrom("app_setting").select("value").where("key", "=", KEY).executeTakeFirst();
  return row ? (JSON.parse(row.value) as DemoAccount[]) : [];
}

export async function writeDemoAccounts(db: Executor, accounts: DemoAccount[]): Promise<void> {
  await db
    .insertInto("app_setting")
    .values({ key: KEY, value: JSON.stringify(accounts) })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: JSON.stringify(accounts) }))
    .execute();
}
