import type { Actor } from "../access/actor.ts";
import { type GatedClient, gatedIdsOf } from "../access/gated-client.ts";
import { consentsOf, presentConsent } from "../consent/present-consent.ts";
import { episodesOf } from "../episodes/episode-query.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";
import { type ClientRecordView, presentClientRecord } from "./present-client.ts";

/** Loads and presents one gated client, at the level the gate granted. */
export async function loadClientRecord(
  db: Executor,
  _actor: Actor,
  client: GatedClient,
  today: string,
): Promise<ClientRecordView> {
  const { clientId, level: access } = client;
  const row = await db.selectFrom("client").selectAll().where("id", "=", clientId).executeTakeFirst();
  if (!row) throw notFound();
  const episodes = await episodesOf(db, gatedIdsOf(client), today);
  const consents =
    access === "full" ? (await consentsOf(db, client)).map((c) => presentConsent(c, today)) : [];
  return presentClientRecord(row, episodes, consents, access, today);
}
