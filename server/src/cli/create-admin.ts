import { z } from "zod";
import { organisationTypes } from "../../../core/access/roles.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { createCredentialUser } from "../auth/user-credentials.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { AppError } from "../platform/http/app-error.ts";
import { ask } from "./prompt.ts";

type Flags = {
  email?: string | undefined;
  name?: string | undefined;
  password?: string | undefined;
  organisation?: string | undefined;
  "organisation-type"?: string | undefined;
  "platform-admin"?: boolean | undefined;
};

const input = z.object({
  email: z.email("Give a valid email address."),
  name: z.string().min(1, "Give a name."),
  password: z.string().min(12, "The password must be at least 12 characters long."),
  organisation: z.string().min(2, "The organisation name needs at least 2 characters.").optional(),
  organisationType: z.enum(
    organisationTypes,
    `Organisation type must be one of: ${organisationTypes.join(", ")}.`,
  ),
  platformAdmin: z.boolean(),
});

/**
 * `polku create-admin`: creates the first people of an installation without the web UI. Either
 * a platform admin, or an organisation admin together with a new organisation (or both).
 */
export async function createAdmin(database: Database, flags: Flags): Promise<number> {
  const email = flags.email ?? (await ask("Email: "));
  const name = flags.name ?? (await ask("Name: "));
  const password =
    flags.password ?? process.env.POLKU_ADMIN_PASSWORD ?? (await ask("Password (12+ characters): ", true));
  const organisation =
    flags.organisation ?? (flags["platform-admin"] ? undefined : await ask("Organisation name: "));
  const parsed = input.safeParse({
    email,
    name,
    password,
    organisation: organisation || undefined,
    organisationType: flags["organisation-type"] ?? "wellbeing_services_county",
    platformAdmin: flags["platform-admin"] === true,
  });
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => i.message).join("\n")}\n`);
    return 2;
  }
  const v = parsed.data;
  if (!v.organisation && !v.platformAdmin) {
    process.stderr.write("Give --organisation <name>, or --platform-admin, or both.\n");
    return 2;
  }
  try {
    const userId = await inTransaction(database, async (trx) => {
      const user = await createCredentialUser(trx, {
        name: v.name,
        email: v.email,
        password: v.password,
        locale: "fi",
        platformAdmin: v.platformAdmin,
      });
      let organisationId: string | null = null;
      if (v.organisation) {
        const org = await trx
          .insertInto("organisation")
          .values({ name: v.organisation, type: v.organisationType })
          .returning("id")
          .executeTakeFirstOrThrow();
        organisationId = org.id;
        await trx
          .insertInto("membership")
          .values({ user_id: user.id, organisation_id: org.id, role: "org_admin" })
          .execute();
      }
      await recordAuditEvent(trx, {
        eventType: "admin.created_by_cli",
        actorUserId: null,
        organisationId,
        targetType: "user",
        targetId: user.id,
        details: { platformAdmin: v.platformAdmin, organisationCreated: organisationId !== null },
      });
      return user.id;
    });
    process.stdout.write(
      `Created ${v.platformAdmin ? "platform admin" : "organisation admin"} (user id ${userId}).\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") {
      process.stderr.write("A user with that email already exists.\n");
      return 1;
    }
    throw error;
  }
}
