import { randomBytes } from "node:crypto";
import type { Config } from "../platform/config.ts";
import type { Database } from "../platform/db/database.ts";

const SETTING_KEY = "auth_secret";

/**
 * The session-signing secret: the configured one, else the one stored in `app_setting`, else a
 * new random one stored there. `on conflict do nothing` and the re-read make two instances that
 * start together on an empty database settle on the same secret.
 */
export async function loadAuthSecret(
  database: Database,
  config: Pick<Config, "authSecret">,
): Promise<string> {
  if (config.authSecret) return config.authSecret;
  const read = () =>
    database.db.selectFrom("app_setting").select("value").where("key", "=", SETTING_KEY).executeTakeFirst();
  const existing = await read();
  if (existing) return existing.value;
  await database.db
    .insertInto("app_setting")
    .values({ key: SETTING_KEY, value: randomBytes(48).toString("base64url") })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const stored = await read();
  if (!stored) throw new Error("The generated auth secret could not be stored in app_setting.");
  return stored.value;
}
