import type { z } from "zod";
import type { createStaffUser as schema } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { createCredentialUser } from "../auth/user-credentials.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { loadStaffUser } from "./load-staff-user.ts";
import { setMemberships } from "./memberships.ts";
import type { StaffUserView } from "./present-staff-user.ts";

export type CreateStaffUserInput = z.infer<typeof schema>;

/** An organisation admin adds a person with a first password and their roles. */
export async function createStaffUser(
  database: Database,
  actor: Actor,
  organisationId: string,
  input: CreateStaffUserInput,
): Promise<StaffUserView> {
  requireOrganisation(actor, "user.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const user = await createCredentialUser(trx, {
      name: input.name,
      email: input.email,
      password: input.password,
      locale: input.locale,
    });
    await recordAuditEvent(trx, {
      eventType: "user.created",
      actorUserId: actor.userId,
      organisationId,
      targetType: "user",
      targetId: user.id,
    });
    await setMemberships(trx, actor, organisationId, user.id, input.memberships);
    return loadStaffUser(trx, actor, organisationId, user.id);
  });
}
