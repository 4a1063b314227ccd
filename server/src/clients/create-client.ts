import type { z } from "zod";
import { ipsTeamRoles } from "../../../core/access/roles.ts";
import type { createClient as schema } from "../../../core/contracts/clients.ts";
import { normaliseHenkilotunnus, parseHenkilotunnus } from "../../../core/identity/henkilotunnus.ts";
import type { Actor } from "../access/actor.ts";
import { deny } from "../access/deny.ts";
import { decideOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { openEpisode } from "../episodes/open-episode.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { AppError, invalid } from "../platform/http/app-error.ts";
import { checkAssignment } from "./assignment-checks.ts";
import { type DuplicateCandidate, unsafeFindDuplicates } from "./find-duplicates.ts";

export type CreateClientInput = z.infer<typeof schema>;
export type CreateClientResult =
  | { created: true; clientId: string; episodeId: string }
  | { created: false; duplicates: DuplicateCandidate[] };

/**
 * Creates a client with their first episode, starting at the referral. Coaches and team leaders
 * create records for their own IPS team only (another team of the organisation is forbidden); clinicians refer from their treatment team (the source is
 * then "treatment_team" and they are recorded as the referrer). Possible duplicates are returned
 * first, and a record is created only when the caller confirms it is a different person.
 */
export async function createClient(
  database: Database,
  actor: Actor,
  input: CreateClientInput,
  today: string,
): Promise<CreateClientResult> {
  const { client, referral } = input;
  const hetu = client.henkilotunnus ? normaliseHenkilotunnus(client.henkilotunnus) : null;
  const parsed = hetu ? parseHenkilotunnus(hetu) : null;
  const birthDate = parsed?.valid ? parsed.birthDate : null;
  if (referral.referralDate > today) throw invalid({ "referral.referralDate": { key: "invalid_date" } });

  return inTransaction(database, async (trx) => {
    const team = await trx
      .selectFrom("team")
      .select(["organisation_id"])
      .where("id", "=", referral.ipsTeamId)
      .executeTakeFirst();
    // A team the caller cannot work in is not named: it is an invalid choice like any unknown id.
    const organisationId = team?.organisation_id ?? "";
    const mayCreate = team && decideOrganisation(actor, "client.create", organisationId).allowed;
    // A record is created for the IPS team that will work it (fidelity item 1, caseload): only a
    // coach or team leader of that very team, else the creator could not open it afterwards.
    const ofThatTeam = actor.memberships.some(
      (m) => m.teamId === referral.ipsTeamId && ipsTeamRoles.includes(m.role),
    );
    const asCreator = mayCreate && ofThatTeam;
    const asReferrer = team && decideOrganisation(actor, "client.refer", organisationId).allowed;
    if (!asCreator && !asReferrer) {
      if (actor.twoFactorRequired) throw new AppError("two_factor_required");
      // Another IPS team of the caller's own organisation is visible to them: refused, not unknown.
      if (mayCreate) throw deny("forbidden", { organisationId, action: "client.create" });
      throw invalid({ "referral.ipsTeamId": { key: "invalid_option" } });
    }
    const actorOrgs = actor.memberships.map((m) => m.organisationId);
    await checkAssignment(trx, organisationId, referral, "referral.", actorOrgs);

    const { candidates: duplicates, matchedIds } = await unsafeFindDuplicates(trx, actor, organisationId, {
      ...client,
      henkilotunnus: hetu,
      birthDate,
    });
    await recordAuditEvent(trx, {
      eventType: "client.duplicates_checked",
      actorUserId: actor.userId,
      organisationId,
      // The matched records are named so their use log shows that someone asked about them.
      details: { found: duplicates.length, matchedClientIds: matchedIds },
    });
    if (hetu && duplicates.some((d) => d.reason === "henkilotunnus")) {
      // The same henkilötunnus is the same person: never a second record.
      return { created: false, duplicates };
    }
    if (duplicates.length > 0 && !input.confirmNotDuplicate) return { created: false, duplicates };

    const row = await trx
      .insertInto("client")
      .values({
        organisation_id: organisationId,
        first_name: client.firstName,
        last_name: client.lastName,
        henkilotunnus: hetu,
        birth_date: birthDate,
        birth_year: birthDate ? Number(birthDate.slice(0, 4)) : (client.birthYear ?? null),
        phone: client.phone ?? null,
        email: client.email ?? null,
        address: client.address ?? null,
        municipality: client.municipality ?? null,
        preferred_language: client.preferredLanguage,
        education_level: client.educationLevel ?? null,
        education_notes: client.educationNotes ?? null,
        work_history: client.workHistory ?? null,
        diagnosis_group: client.diagnosisGroup ?? null,
        created_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const episodeId = await openEpisode(trx, actor, organisationId, row.id, referral, !asCreator, null);
    await recordAuditEvent(trx, {
      eventType: "client.created",
      actorUserId: actor.userId,
      organisationId,
      targetType: "client",
      targetId: row.id,
      details: { episodeId, source: asCreator ? referral.source : "treatment_team" },
    });
    return { created: true, clientId: row.id, episodeId };
  });
}
