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
