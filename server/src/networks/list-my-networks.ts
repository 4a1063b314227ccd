import type { z } from "zod";
import type { reportingNetwork } from "../../../core/contracts/outcomes.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { evaluatorNetworks } from "../access/aggregate-gate.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { memberCounts } from "./network-query.ts";
import { recordNetworksListed } from "./record-networks-listed.ts";

/**
 * The networks whose page the caller may open: those they evaluate, and those an organisation
 * they administer has an agreement in force with (core/access/aggregate.ts, network scope).
 */
export async function listMyNetworks(
  database: Database,
  actor: Actor,
): Promise<Array<z.infer<typeof reportingNetwork>>> {
  if (actor.twoFactorRequired) return [];
  const today = helsinkiDate();
  const adminOf = actor.memberships.filter((m) => m.role === "org_admin").map((m) => m.organisationId);
  return inTransaction(database, async (trx) => {
    const evaluated = await evaluatorNetworks(trx, actor.userId);
    const joined =
      adminOf.length === 0
        ? []
        : await trx
            .selectFrom("network_membership")
            .select("network_id")
            .where("organisation_id", "in", adminOf)
            .where("agreed_on", "<=", today)
            .where((eb) => eb.or([eb("ended_on", "is", null), eb("ended_on", ">=", today)]))
            .execute();
    const ids = [...new Set([...evaluated, ...joined.map((r) => r.network_id)])];
    const rows =
      ids.length === 0
        ? []
        : await trx
            .selectFrom("reporting_network")
            .select(["id", "name", "kind"])
            .where("id", "in", ids)
            .orderBy("kind")
            .orderBy("name")
            .execute();
    const counts = await memberCounts(trx, ids, today);
    await recordNetworksListed(
      trx,
      actor,
      rows.map((r) => r.id),
      null,
    );
    return rows.map((r) => ({ ...r, memberCount: counts.get(r.id) ?? 0 }));
  });
}
