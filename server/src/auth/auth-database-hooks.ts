import type { BetterAuthOptions } from "better-auth";
import type { Database } from "../platform/db/database.ts";
import { recordAuthEvents } from "./record-auth-event.ts";

const VERIFY_PATHS = new Set(["/two-factor/verify-totp", "/two-factor/verify-backup-code"]);

/**
 * Row-level hooks: refuse sessions to deactivated people (every path that creates one, including
 * the second factor), and audit what is easiest to see at the row: sign-out and the two-factor
 * switch. `ctx.path` tells which endpoint made the change.
 */
export function authDatabaseHooks(database: Database): NonNullable<BetterAuthOptions["databaseHooks"]> {
  return {
    session: {
      create: {
        async before(session) {
          const user = await database.db
            .selectFrom("user")
            .select("deactivatedAt")
            .where("id", "=", session.userId)
            .executeTakeFirst();
          // false makes better-auth answer as for a failed sign-in (the bridge maps it to one message).
          if (!user || user.deactivatedAt !== null) return false;
        },
      },
      delete: {
        async after(session, ctx) {
          if (ctx?.path !== "/sign-out") return;
          await recordAuthEvents(database, [
            {
              eventType: "auth.sign_out",
              actorUserId: session.userId,
              targetType: "session",
              targetId: session.id,
            },
          ]);
        },
      },
    },
    user: {
      update: {
        async after(user, ctx) {
          const path = ctx?.path ?? "";
          const enabled = VERIFY_PATHS.has(path) && user.twoFactorEnabled === true;
          const disabled = path === "/two-factor/disable" && user.twoFactorEnabled === false;
          if (!enabled && !disabled) return;
          await recordAuthEvents(database, [
            {
              eventType: enabled ? "auth.two_factor.enabled" : "auth.two_factor.disabled",
              actorUserId: user.id,
              targetType: "user",
              targetId: user.id,
            },
          ]);
        },
      },
    },
  };
}
