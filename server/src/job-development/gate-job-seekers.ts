import type { FieldProblem } from "../../../core/errors/codes.ts";
import type { Actor } from "../access/actor.ts";
import { requireClientAccess } from "../access/client-gate.ts";
import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { AppError, invalid } from "../platform/http/app-error.ts";

/** A job seeker that passed the gate: `client` is the gated handle the per-client helpers take. */
export type JobSeeker = { id: string; firstName: string; lastName: string; client: GatedClient };

/**
 * The job seekers named in a body field, each through the client gate with the full record. A
 * client the caller may not work with is a field error `invalid_option`, the same whether it
 * does not exist, belongs to another team or another organisation, so existence does not leak.
 * With `single`, the field is the name itself (`clientId`) rather than `clientIds.N`.
 */
export async function gateJobSeekers(
  db: Executor,
  actor: Actor,
  organisationId: string,
  clientIds: readonly string[],
  field = "clientIds",
  single = false,
): Promise<JobSeeker[]> {
  const fields: Record<string, FieldProblem> = {};
  const allowed: string[] = [];
  const gated = new Map<string, GatedClient>();
  for (const [index, id] of clientIds.entries()) {
    if (allowed.includes(id)) continue;
    const ok = await requireClientAccess(db, actor, id, "full").then(
      (access) => {
        gated.set(id, access);
        return access.organisationId === organisationId;
      },
      (error: unknown) => {
        if (error instanceof AppError && error.code !== "two_factor_required") return false;
        throw error;
      },
    );
    if (ok) allowed.push(id);
    else fields[single ? field : `${field}.${index}`] = { key: "invalid_option" };
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);
  if (allowed.length === 0) return [];
  const rows = await db
    .selectFrom("client")
    .select(["id", "first_name", "last_name"])
    .where("id", "in", allowed)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return allowed.map((id) => {
    const row = byId.get(id);
    const client = gated.get(id);
    if (!row || !client) throw new Error("a gated client is missing");
    return { id, firstName: row.first_name, lastName: row.last_name, client };
  });
}

/** Initials only, so a warning can name the job seeker without spelling out their name. */
export function initialsOf(seeker: Pick<JobSeeker, "firstName" | "lastName">): string {
  return `${seeker.firstName.trim().charAt(0)}${seeker.lastName.trim().charAt(0)}`.toUpperCase();
}
