import type { z } from "zod";
import type { organisation } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { can } from "../access/gate.ts";

export type OrganisationView = z.infer<typeof organisation>;

type Row = { id: string; name: string; type: string; require_two_factor: boolean; created_at: Date };

/** Whitelists an organisation's fields and adds what the caller may do with it. */
export function presentOrganisation(actor: Actor, row: Row): OrganisationView {
  return {
    id: row.id,
    name: row.name,
    type: row.type as OrganisationView["type"],
    requireTwoFactor: row.require_two_factor,
    createdAt: row.created_at.toISOString(),
    canManage: can(actor, "organisation.manage", row.id),
  };
}
