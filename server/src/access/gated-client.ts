import type { ClientAccess } from "./client-gate.ts";

/**
 * The brand of a client that has passed the gate. The symbol is declared, never exported, and
 * has no runtime value, so no module can write a `GatedClient` literal; the only way to hold one
 * is to receive it from `requireClientAccess` (through `withClient`). Helpers that read a client's
 * rows take this handle instead of a bare client id, so a use case cannot reach them before the
 * gate has run (issue 8: "the gate becomes structural").
 */
declare const gated: unique symbol;

/** A client the actor has been let through to, at the level the gate granted. */
export type GatedClient = ClientAccess & { readonly [gated]: true };

declare const gatedList: unique symbol;

/** The ids of several clients that passed the gate: a list read through `visibleClients`. */
export type GatedClientIds = readonly string[] & { readonly [gatedList]: true };

/**
 * The ids of rows read through `visibleClients`. Every such row carries the gate's computed
 * `access_level` column, which no other client query selects, so rows from an ungated query do
 * not type-check here; the client SQL boundary test covers what types cannot.
 */
export function gatedIds(rows: readonly { id: string; access_level: unknown }[]): GatedClientIds {
  return rows.map((r) => r.id) as readonly string[] as GatedClientIds;
}

/** One gated client as a gated list, for helpers that read many clients' rows at once. */
export function gatedIdsOf(client: GatedClient): GatedClientIds {
  return [client.clientId] as readonly string[] as GatedClientIds;
}
