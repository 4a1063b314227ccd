import type { z } from "zod";
import type { duplicateCandidate } from "../../../core/contracts/clients.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import type { Executor } from "../platform/db/transaction.ts";

export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;
/** The candidates for the caller, and every matched record's id for the matched clients' use log. */
export type DuplicateCheck = { candidates: DuplicateCandidate[]; matchedIds: string[] };

/**
 * Records in the organisation that may be the same person: the same henkilötunnus, or the same
 * name and birth date. Records the caller may not see are reported without name or id, so the
 * caller knows to ask their team leader instead of creating a second record.
 *
 * Unsafe by design, hence the name: it reads client rows outside the client gate, because a
 * duplicate must be found even when it sits in another team's caseload (a second record splits
 * one person's IPS history). It returns names and ids only for clients `visibleClients` lets the
 * caller see; the rest come back as bare "exists elsewhere" hints.
 */
export async function unsafeFindDuplicates(
  db: Executor,
  actor: Actor,
  organisationId: string,
  person: { firstName: string; lastName: string; henkilotunnus: string | null; birthDate: string | null },
): Promise<DuplicateCheck> {
  const conditions = [];
  let query = db
    .selectFrom("client")
    .select(["client.id", "client.first_name", "client.last_name", "client.henkilotunnus"])
    .where("client.organisation_id", "=", organisationId);
  if (person.henkilotunnus) conditions.push("hetu");
  if (person.birthDate) conditions.push("name");
  if (conditions.length === 0) return { candidates: [], matchedIds: [] };
  query = query.where((eb) =>
    eb.or([
      ...(person.henkilotunnus ? [eb("client.henkilotunnus", "=", person.henkilotunnus)] : []),
      ...(person.birthDate
        ? [
            eb.and([
              eb(eb.fn("lower", ["client.first_name"]), "=", person.firstName.toLowerCase()),
              eb(eb.fn("lower", ["client.last_name"]), "=", person.lastName.toLowerCase()),
              eb("client.birth_date", "=", person.birthDate),
            ]),
          ]
        : []),
    ]),
  );
  const rows = await query.execute();
  if (rows.length === 0) return { candidates: [], matchedIds: [] };
  const visible = new Set(
    (
      await visibleClients(db, actor)
        .select("client.id")
        .where(
          "client.id",
          "in",
          rows.map((r) => r.id),
        )
        .execute()
    ).map((r) => r.id),
  );
  const candidates = rows.map((r): DuplicateCandidate => {
    const seen = visible.has(r.id);
    return {
      clientId: seen ? r.id : null,
      name: seen ? `${r.first_name} ${r.last_name}` : null,
      reason:
        person.henkilotunnus && r.henkilotunnus === person.henkilotunnus
          ? "henkilotunnus"
          : "name_and_birth_date",
      visible: seen,
    };
  });
  return { candidates, matchedIds: rows.map((r) => r.id) };
}
