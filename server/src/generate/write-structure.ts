import { sql } from "kysely";
import type { Trx } from "../platform/db/transaction.ts";
import { isoOf, uuidFor } from "./identifiers.ts";
import { loadRows } from "./load-rows.ts";
import type { PopulationPlan } from "./plan-population.ts";

/** The system user that generated rows without a person behind them name (networks). */
export const GENERATOR_USER_ID = "polku-generator";

/**
 * Organisations (wellbeing services counties), IPS and treatment teams, coaches with their FTE and
 * team leads, with memberships from a month before the history begins; and the employer
 * register with one contact person per employer. Rows that `into` names already exist and are
 * left as they are.
 */
export async function writeStructure(
  trx: Trx,
  plan: PopulationPlan,
  seed: number,
): Promise<Record<string, number>> {
  const since = `${isoOf(plan.start - 30)}T08:00:00+02:00`;
  await sql`insert into "user" (id, name, email, "createdAt", "updatedAt")
    values (${GENERATOR_USER_ID}, 'Polku-aineistogeneraattori', 'generaattori@generoitu.polku.invalid', now(), now())
    on conflict (id) do nothing`.execute(trx);
  const organisation = await loadRows(
    trx,
    "organisation",
    { id: "uuid", name: "text", type: "text", created_at: "timestamptz", updated_at: "timestamptz" },
    plan.organisations
      .filter((o) => !o.existing)
      .map((o) => ({
        id: o.id,
        name: o.name,
        type: "wellbeing_services_county",
        created_at: since,
        updated_at: since,
      })),
  );
  const newTeams = plan.teams.filter((t) => !t.existing);
  const orgId = (index: number) => plan.organisations[index]?.id;
  const team = await loadRows(
    trx,
    "team",
    {
      id: "uuid",
      organisation_id: "uuid",
      name: "text",
      kind: "text",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    newTeams.flatMap((t) => [
      {
        id: t.id,
        organisation_id: orgId(t.org),
        name: t.name,
        kind: "ips_team",
        created_at: since,
        updated_at: since,
      },
      {
        id: t.treatmentId,
        organisation_id: orgId(t.org),
        name: t.treatmentName,
        kind: "treatment_team",
        created_at: since,
        updated_at: since,
      },
    ]),
  );
  const staff = [...plan.coaches, ...plan.leads].filter((s) => !s.existing);
  const user = await loadRows(
    trx,
    "user",
    { id: "text", name: "text", email: "text", createdAt: "timestamptz", updatedAt: "timestamptz" },
    staff.map((s) => ({ id: s.id, name: s.name, email: s.email, createdAt: since, updatedAt: since })),
  );
  const membership = await loadRows(
    trx,
    "membership",
    {
      id: "uuid",
      user_id: "text",
      organisation_id: "uuid",
      team_id: "uuid",
      role: "text",
      fte: "numeric",
      valid_from: "timestamptz",
    },
    staff.map((s) => ({
      id: uuidFor(seed, `membership:${s.id}`),
      user_id: s.id,
      organisation_id: orgId(s.org),
      team_id: plan.teams[s.team]?.id,
      role: s.fte === null ? "team_lead" : "coach",
      fte: s.fte,
      valid_from: since,
    })),
  );
  // The employer register of each organisation, kept by its first coach.
  const keeper = new Map<number, string>();
  for (const c of plan.coaches) if (!keeper.has(c.org)) keeper.set(c.org, c.id);
  const employer = await loadRows(
    trx,
    "employer",
    {
      id: "uuid",
      organisation_id: "uuid",
      name: "text",
      business_id: "text",
      industry: "text",
      size_class: "text",
      municipality: "text",
      street_address: "text",
      postal_code: "text",
      created_by: "text",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    plan.employers.map((e) => ({
      id: e.id,
      organisation_id: orgId(e.org),
      name: e.name,
      business_id: e.businessId,
      industry: e.industry,
      size_class: e.size,
      municipality: e.municipality,
      street_address: e.street,
      postal_code: e.postalCode,
      created_by: keeper.get(e.org),
      created_at: since,
      updated_at: since,
    })),
  );
  const contactPerson =
    await sql`insert into employer_contact_person (id, employer_id, name, role, created_by, created_at, updated_at)
    select pg_temp.gen_uuid('cp', n), e.id,
      (array['Anna','Mikko','Sari','Jukka','Päivi','Kari','Tiina','Marko'])[1 + (n % 8)] || ' ' ||
        (array['Lindqvist','Koivula','Rautio','Hakala','Peltola','Ojala'])[1 + ((n / 8) % 6)],
      (array['Esihenkilö','Henkilöstöpäällikkö','Vuoropäällikkö','Toimitusjohtaja','Yrittäjä'])[1 + (n % 5)],
      e.created_by, e.created_at, e.created_at
    from (select e.*, row_number() over (order by e.id) as n from employer e
      where e.id in (select id from gen_employer)) e`.execute(trx);
  return {
    organisation,
    team,
    user,
    membership,
    employer,
    employer_contact_person: Number(contactPerson.numAffectedRows ?? 0),
  };
}
