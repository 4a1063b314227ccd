import type { FieldProblem } from "../../../core/errors/codes.ts";
import type { PlanKind } from "../../../core/plans/codes.ts";
import { employerReferences, futureDates } from "../../../core/plans/plan-rules.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import type { Database } from "../platform/db/database.ts";
import { invalid } from "../platform/http/app-error.ts";
import { insertDocumentVersion } from "./insert-document-version.ts";
import { type PlanVersionView, presentPlanVersion } from "./present-plan.ts";

/**
 * Saves a new version of a plan on the client's open episode. Earlier versions stay as they were
 * (fidelity V3 asks whether the profile was updated after each job start and end). The content
 * has passed the kind's schema at the edge; here it is checked against the records: employers of
 * the client's organisation only, and no dates in the future.
 */
export function savePlanVersion(
  database: Database,
  actor: Actor,
  clientId: string,
  kind: PlanKind,
  content: Record<string, unknown>,
  today: string,
): Promise<PlanVersionView> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const fields: Record<string, FieldProblem> = {};
    for (const [path, key] of futureDates(kind, content, today)) fields[path] = { key };
    const refs = employerReferences(kind, content);
    if (refs.length > 0) {
      const known = new Set(
        (
          await trx
            .selectFrom("employer")
            .select("id")
            .where("organisation_id", "=", access.organisationId)
            .where(
              "id",
              "in",
              refs.map(([, id]) => id),
            )
            .execute()
        ).map((r) => r.id),
      );
      for (const [path, id] of refs) if (!known.has(id)) fields[path] = { key: "invalid_option" };
    }
    if (Object.keys(fields).length > 0) throw invalid(fields);
    const saved = await insertDocumentVersion(trx, actor, access, kind, content);
    return presentPlanVersion(kind, saved);
  });
}
