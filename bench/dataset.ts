/**
 * The bench's dataset: built once per size, years and seed, then reused (bench/databases.ts).
 * After building, the bench picks its subjects — the bench's organisation, its busiest IPS team and that
 * team's busiest coach, a client on their caseload — and gives them people who can sign in: the
 * coaches (a password on their generated accounts), a team lead, an organisation admin and
 * evaluator, and an evaluator of the national network and of the bench's organisation's region.
 */
import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import { helsinkiDate } from "../core/time/dates.ts";
import { hashPassword } from "../server/src/auth/password-hash.ts";
import { generateDataset } from "../server/src/generate/generate-dataset.ts";
import type { Database } from "../server/src/platform/db/database.ts";
import { migrateToLatest } from "../server/src/platform/db/migrate.ts";
import { buildStaff } from "../server/src/platform/testing/factories.ts";

export const BENCH_PASSWORD = "bench-password-0123";
export type Person = { id: string; email: string };
export type BenchDataset = {
  clients: number;
  years: number;
  seed: number;
  anchor: string;
  buildSeconds: number;
  counts: Record<string, number>;
  nationalNetworkId: string;
  /** Null when no regional network holds the bench's organisation (a one-organisation dataset). */
  regionNetworkId: string | null;
  organisationId: string;
  teamId: string;
  clientId: string;
  namePrefix: string;
  coach: Person;
  /** Coaches of the bench's organisation for the concurrent run, busiest first (coach is the first). */
  coaches: Person[];
  lead: Person;
  orgAdmin: Person;
  orgEvaluator: Person;
  networkEvaluator: Person;
};

export type DatasetSpec = { clients: number; years: number; seed: number; users: number };

/** The key a dataset is kept under. */
export const datasetKey = (s: DatasetSpec) => `${s.clients}c_${s.years}y_s${s.seed}`;

/** Builds the dataset into an empty database, or reads the one stored there. */
export async function prepareDataset(
  database: Database,
  spec: DatasetSpec,
  fresh: boolean,
): Promise<BenchDataset> {
  const key = datasetKey(spec);
  if (!fresh) {
    const row = await sql<{
      dataset: BenchDataset;
    }>`select dataset from bench_dataset where key = ${key}`.execute(database.db);
    if (row.rows[0]) {
      // A kept dataset gets the migrations added since it was built (their queued refreshes run
      // before measuring).
      await migrateToLatest(database.db);
      return row.rows[0].dataset;
    }
  }
  await migrateToLatest(database.db);
  const anchor = helsinkiDate();
  const started = performance.now();
  const built = await buildPopulation(database, spec, anchor);
  const buildSeconds = (performance.now() - started) / 1000;
  const dataset = { ...(await pickSubjects(database, built, spec)), ...spec, anchor, buildSeconds };
  await sql`create table if not exists bench_dataset (key text primary key, dataset jsonb not null)`.execute(
    database.db,
  );
  await sql`insert into bench_dataset (key, dataset) values (${key}, ${JSON.stringify(dataset)}::jsonb)`.execute(
    database.db,
  );
  return dataset;
}

type Built = { organisationIds: string[]; networkIds: string[]; counts: Record<string, number> };

/** The generator's dataset (server/src/generate), its steps printed as they start. */
async function buildPopulation(database: Database, spec: DatasetSpec, anchor: string): Promise<Built> {
  let step = "";
  const report = await generateDataset(database, {
    clients: spec.clients,
    years: spec.years,
    seed: spec.seed,
    anchor,
    onProgress: (p) => {
      if (p.step === step) return;
      step = p.step;
      console.log(`  ${new Date().toISOString().slice(11, 19)} ${p.step}`);
    },
  });
  return { organisationIds: report.organisationIds, networkIds: report.networkIds, counts: report.counts };
}

async function pickSubjects(database: Database, built: Built, spec: DatasetSpec) {
  const db = database.db;
  // The bench's organisation: the first one that belongs to a regional network as well.
  const memberships = await db
    .selectFrom("network_membership as m")
    .innerJoin("reporting_network as n", "n.id", "m.network_id")
    .select(["n.id", "n.kind", "m.organisation_id"])
    .where("n.id", "in", built.networkIds)
    .where("m.ended_on", "is", null)
    .execute();
  const inRegion = (o: string) => memberships.find((m) => m.kind === "region" && m.organisation_id === o);
  // Small datasets have one organisation and so no regional network: the region page is left out.
  const organisationId = built.organisationIds.find(inRegion) ?? (built.organisationIds[0] as string);
  const regionNetworkId = inRegion(organisationId)?.id ?? null;
  const nationalNetworkId = memberships.find((m) => m.kind === "national")?.id;
  if (!nationalNetworkId) throw new Error("the dataset has no national network");
  // The organisation's coaches by open caseload; the busiest one's team is the bench's team.
  const coaches = await sql<{ id: string; email: string; team_id: string; open: number }>`
    select a.coach_user_id as id, u.email, a.ips_team_id as team_id, count(*)::int as open
    from episode_assignment a join "user" u on u.id = a.coach_user_id
      join team t on t.id = a.ips_team_id
    where a.valid_to is null and t.organisation_id = ${organisationId}
    group by 1, 2, 3 order by open desc, id limit ${spec.users}`.execute(db);
  const coach = coaches.rows[0];
  if (!coach) throw new Error("the bench's organisation has no coach with a caseload");
  const client = await sql<{ id: string; last_name: string }>`
    select c.id, c.last_name from episode_assignment a join episode e on e.id = a.episode_id
      join client c on c.id = e.client_id
    where a.valid_to is null and a.coach_user_id = ${coach.id}
    order by (select count(*) from activity x where x.client_id = c.id) desc, c.id limit 1`.execute(db);
  const sample = client.rows[0];
  if (!sample) throw new Error("the bench coach has nobody on their caseload");
  // One password for every bench person: the generated coaches get a credential account.
  const hash = await hashPassword(BENCH_PASSWORD);
  await db
    .insertInto("account")
    .values(
      coaches.rows.map((c) => ({
        id: crypto.randomUUID(),
        accountId: c.id,
        providerId: "credential",
        userId: c.id,
        password: hash,
        updatedAt: new Date(),
      })),
    )
    .execute();
  const staff = async (
    role: "team_lead" | "org_admin" | "evaluator" | null,
    teamId: string | null = null,
  ) => {
    const person = await buildStaff(database, role ? { organisationId, role, teamId } : {});
    await db.updateTable("account").set({ password: hash }).where("userId", "=", person.id).execute();
    return { id: person.id, email: person.email };
  };
  const networkEvaluator = await staff(null);
  await db
    .insertInto("network_evaluator")
    .values(
      [nationalNetworkId, ...(regionNetworkId ? [regionNetworkId] : [])].map((id) => ({
        network_id: id,
        user_id: networkEvaluator.id,
        added_by: networkEvaluator.id,
      })),
    )
    .execute();
  return {
    counts: built.counts,
    nationalNetworkId,
    regionNetworkId,
    organisationId,
    teamId: coach.team_id,
    clientId: sample.id,
    namePrefix: sample.last_name.slice(0, 3).toLowerCase(),
    coach: { id: coach.id, email: coach.email },
    coaches: coaches.rows.map((c) => ({ id: c.id, email: c.email })),
    lead: await staff("team_lead", coach.team_id),
    orgAdmin: await staff("org_admin"),
    orgEvaluator: await staff("evaluator"),
    networkEvaluator,
  };
}
