import type { z } from "zod";
import type { createOrganisation as schema } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { decidePlatformAdmin } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { createCredentialUser } from "../auth/user-credentials.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { AppError } from "../platform/http/app-error.ts";
import { type OrganisationView, presentOrganisation } from "./present-organisation.ts";

export type CreateOrganisationInput = z.infer<typeof schema>;

/** A platform admin creates an organisation together with its first organisation admin. */
export async function createOrganisation(
  database: Database,
  actor: Actor,
  input: CreateOrganisationInput,
): Promise<OrganisationView> {
  const decision = decidePlatformAdmin(actor);
  if (!decision.allowed) throw new AppError(decision.code);
  return inTransaction(database, async (trx) => {
    const org = await trx
      .insertInto("organisation")
      .values({ name: input.name, type: input.type, require_two_factor: input.requireTwoFactor })
      .returning(["id", "name", "type", "require_two_factor", "created_at"])
      .executeTakeFirstOrThrow();
    const admin = await createCredentialUser(trx, {
      name: input.firstAdmin.name,
      email: input.firstAdmin.email,
      password: input.firstAdmin.password,
      locale: actor.locale,
    }).catch((error: unknown) => {
      // The conflict is about the admin's email: name the field as the form shows it.
      if (error instanceof AppError && error.code === "conflict") {
        throw new AppError("conflict", { "firstAdmin.email": { key: "already_exists" } });
      }
      throw error;
    });
    const membership = await trx
      .insertInto("membership")
      .values({ user_id: admin.id, organisation_id: org.id, role: "org_admin" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "organisation.created",
      actorUserId: actor.userId,
      organisationId: org.id,
      targetType: "organisation",
      targetId: org.id,
      details: { type: input.type, firstAdminUserId: admin.id },
    });
    await recordAuditEvent(trx, {
      eventType: "membership.granted",
      actorUserId: actor.userId,
      organisationId: org.id,
      targetType: "user",
      targetId: admin.id,
      details: { membershipId: membership.id, role: "org_admin" },
    });
    return presentOrganisation(actor, org);
  });
}
