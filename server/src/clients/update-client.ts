import type { z } from "zod";
import type { updateClient as schema } from "../../../core/contracts/clients.ts";
import { normaliseHenkilotunnus, parseHenkilotunnus } from "../../../core/identity/henkilotunnus.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { conflict } from "../platform/http/app-error.ts";
import { loadClientRecord } from "./load-client-record.ts";
import type { ClientRecordView } from "./present-client.ts";

export type UpdateClientInput = z.infer<typeof schema>;

const columns = {
  firstName: "first_name",
  lastName: "last_name",
  phone: "phone",
  email: "email",
  address: "address",
  municipality: "municipality",
  preferredLanguage: "preferred_language",
  educationLevel: "education_level",
  educationNotes: "education_notes",
  workHistory: "work_history",
  diagnosisGroup: "diagnosis_group",
  birthYear: "birth_year",
} as const;

/** The IPS team corrects or completes a client's details; the audit names the fields changed. */
export async function updateClient(
  database: Database,
  actor: Actor,
  clientId: string,
  input: UpdateClientInput,
  today: string,
): Promise<ClientRecordView> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const set: Record<string, unknown> = {};
    for (const [field, column] of Object.entries(columns)) {
      const value = input[field as keyof typeof columns];
      if (value !== undefined) set[column] = value;
    }
    if (input.henkilotunnus !== undefined) {
      const hetu = input.henkilotunnus ? normaliseHenkilotunnus(input.henkilotunnus) : null;
      const parsed = hetu ? parseHenkilotunnus(hetu) : null;
      if (hetu) {
        const clash = await trx
          .selectFrom("client")
          .select("id")
          .where("organisation_id", "=", access.organisationId)
          .where("henkilotunnus", "=", hetu)
          .where("id", "!=", clientId)
          .executeTakeFirst();
        if (clash) throw conflict({ henkilotunnus: { key: "already_exists" } });
      }
      set.henkilotunnus = hetu;
      set.birth_date = parsed?.valid ? parsed.birthDate : null;
      if (parsed?.valid) set.birth_year = Number(parsed.birthDate.slice(0, 4));
    }
    const changed = Object.keys(input);
    if (changed.length > 0) {
      await trx
        .updateTable("client")
        .set({ ...set, updated_at: new Date() })
        .where("id", "=", clientId)
        .execute();
      await recordAuditEvent(trx, {
        eventType: "client.updated",
        actorUserId: actor.userId,
        organisationId: access.organisationId,
        targetType: "client",
        targetId: clientId,
        details: { changed },
      });
    }
    return loadClientRecord(trx, actor, access, today);
  });
}
