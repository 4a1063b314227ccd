import { sql } from "kysely";
import type { z } from "zod";
import type { clientSearch } from "../../../core/contracts/clients.ts";
import { normaliseHenkilotunnus, parseHenkilotunnus } from "../../../core/identity/henkilotunnus.ts";
import type { Actor } from "../access/actor.ts";
import { type ClientAccessLevel, visibleClients } from "../access/client-gate.ts";
import { gatedIds } from "../access/gated-client.ts";
import { recordClientReads } from "../audit/record-client-reads.ts";
import { latestPhaseOf } from "../episodes/episode-facts.ts";
import { type EpisodeRow, episodesOf } from "../episodes/episode-query.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { type ClientSummaryView, presentClientSummary } from "./present-client.ts";

export type ClientSearch = z.infer<typeof clientSearch>;

/**
 * Finds clients by name or henkilötunnus among those the gate lets the caller see. The search
 * text is never written to the audit log (it may be a henkilötunnus); the clients found are.
 */
export async function searchClients(
  database: Database,
  actor: Actor,
  search: ClientSearch,
  today: string,
): Promise<ClientSummaryView[]> {
  return inTransaction(database, async (trx) => {
    let query = visibleClients(trx, actor, today).selectAll("client");
    const q = search.q?.trim();
    if (q) {
      const hetu = parseHenkilotunnus(q);
      // Only the full record holds the henkilötunnus: a shared viewer may not confirm one by search.
      query = hetu.valid
        ? visibleClients(trx, actor, today, "full")
            .selectAll("client")
            .where("client.henkilotunnus", "=", normaliseHenkilotunnus(q))
        : query.where((eb) =>
            eb.and(
              q
                .toLowerCase()
                .split(/\s+/)
                .map((word) =>
                  eb.or([
                    eb(eb.fn("lower", ["client.first_name"]), "like", `${word.replace(/[%_\\]/g, "\\$&")}%`),
                    eb(eb.fn("lower", ["client.last_name"]), "like", `${word.replace(/[%_\\]/g, "\\$&")}%`),
                  ]),
                ),
            ),
          );
    }
    // The phase filter is asked of the facts projection in SQL (ADR 0008), so the limit applies
    // to matching clients and only one page of them is read. A client without an episode shows
    // as closed (presentClientSummary), so it is found as closed too.
    if (search.phase)
      query = query.where(
        sql`coalesce(${latestPhaseOf(sql.ref("client.id"), today)}, 'closed')`,
        "=",
        search.phase,
      );
    const rows = await query
      .orderBy("client.last_name")
      .orderBy("client.first_name")
      .limit(search.limit)
      .execute();
    const latest = new Map<string, EpisodeRow>();
    for (const e of await episodesOf(trx, gatedIds(rows), today)) {
      if (!latest.has(e.client_id)) latest.set(e.client_id, e);
    }
    const found = rows.map((r) =>
      presentClientSummary(r, latest.get(r.id), r.access_level as ClientAccessLevel),
    );
    await recordClientReads(trx, actor.userId, "client.searched", found, {
      byText: Boolean(q),
      phase: search.phase ?? null,
    });
    return found;
  });
}
