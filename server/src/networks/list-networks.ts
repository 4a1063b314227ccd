import type { z } from "zod";
import type { reportingNetwork } from "../../../core/contracts/outcomes.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Database } from "../platform/db/database.ts";
import { memberCounts } from "./network-query.ts";

/** Every reporting network with its member count today, for platform admins managing them. */
export async function listNetworks(database: Database): Promise<Array<z.infer<typeof reportingNetwork>>> {
  const rows = await database.db
    .selectFrom("reporting_network")
    .select(["id", "name", "kind"])
    .orderBy("kind")
    .orderBy("name")
    .execute();
  const counts = await memberCounts(
    database.db,
    rows.map((r) => r.id),
    helsinkiDate(),
  );
  return rows.map((r) => ({ ...r, memberCount: counts.get(r.id) ?? 0 }));
}
