import type { Actor } from "../access/actor.ts";
import { decidePlatformAdmin } from "../access/gate.ts";
import type { Database } from "../platform/db/database.ts";
import { AppError } from "../platform/http/app-error.ts";
import { type OrganisationView, presentOrganisation } from "./present-organisation.ts";

/** Every organisation on the platform, for platform admins. */
export async function listOrganisations(database: Database, actor: Actor): Promise<OrganisationView[]> {
  const decision = decidePlatformAdmin(actor);
  if (!decision.allowed) throw new AppError(decision.code);
  const rows = await database.db
    .selectFrom("organisation")
    .select(["id", "name", "type", "require_two_factor", "created_at"])
    .orderBy("name")
    .execute();
  return rows.map((row) => presentOrganisation(actor, row));
}
