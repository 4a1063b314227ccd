import type { Actor } from "../access/actor.ts";
import type { ClientAccessLevel } from "../access/client-gate.ts";
import { consentsOf, presentConsent } from "../consent/present-consent.ts";
import { episodesOf } from "../episodes/episode-query.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";
import { type ClientRecordView, presentClientRecord } from "./present-client.ts";

/** Loads and presents one client whose access the gate has already resolved. */
export async function loadClientRecord(
  db: Executor,
  _actor: Actor,
  clientId: string,
  access: ClientAccessLevel,
  today: string,
): Promise<ClientRecordView> {
  const row = await db.selectFrom("client").selectAll().where("id", "=", clientId).executeTakeFirst();
  if (!row) throw notFound();
  const episodes = await episodesOf(db, [clientId], today);
  const consents =
    access === "full" ? (await consentsOf(db, clientId)).map((c) => presentConsent(c, today)) : [];
  return presentClientRecord(row, episodes, consents, access, today);
}
