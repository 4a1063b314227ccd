import { countyOf } from "./counties.ts";
import { dayOf, isoOf, syntheticHenkilotunnus, syntheticYTunnus, uuidFor } from "./identifiers.ts";
import { DEMO_CASELOAD, demoEpisode } from "./plan-demo-caseload.ts";
import { type EpisodePlan, planEpisode } from "./plan-episode.ts";
import { randomFor } from "./random.ts";
import type { GenerateInto } from "./types.ts";
import {
  employerForms,
  employerPrefixes,
  employerSizes,
  firstNames,
  industries,
  lastNames,
} from "./vocabulary.ts";

/**
 * The population the generator writes, planned in memory from the seed (pure, no I/O): counties,
 * teams, coaches with FTE, team leads, employers, clients and every episode's course. The bulk
 * rows that hang off episodes (activities, contacts, appointments) are fanned out in SQL from
 * this plan (write-*.ts).
 */
export type PlanOptions = {
  clients: number;
  years: number;
  seed: number;
  organisations: number;
  anchor: string;
  into?: GenerateInto | undefined;
};
export type OrganisationRow = {
  index: number;
  id: string;
  name: string;
  existing: boolean;
  municipalities: readonly string[];
  swedish: number;
  region: string;
};
export type TeamRow = {
  index: number;
  org: number;
  id: string;
  name: string;
  treatmentId: string;
  treatmentName: string;
  existing: boolean;
};
export type StaffRow = {
  id: string;
  name: string;
  email: string;
  org: number;
  team: number;
  fte: number | null;
  existing: boolean;
};
export type EmployerRow = {
  id: string;
  org: number;
  name: string;
  businessId: string;
  industry: string;
  size: string;
  municipality: string;
  postalCode: string;
  street: string;
};
export type ClientRow = {
  id: string;
  org: number;
  firstName: string;
  lastName: string;
  henkilotunnus: string;
  birthDate: string;
  municipality: string;
  language: string;
  education: string;
  diagnosis: string;
};
export type EpisodeRow = EpisodePlan & {
  id: string;
  client: number;
  prevId: string | null;
  team: number;
  coach: number;
  /** A second coach from `changeDay` on (a reassignment), or null. */
  coach2: number | null;
  changeDay: number | null;
  /** Employer of each job (same order as `jobs`) and of the work trial. */
  jobEmployers: number[];
  trialEmployer: number | null;
};
export type PopulationPlan = {
  anchor: number;
  anchorIso: string;
  start: number;
  organisations: OrganisationRow[];
  teams: TeamRow[];
  coaches: StaffRow[];
  leads: StaffRow[];
  employers: EmployerRow[];
  clients: ClientRow[];
  episodes: EpisodeRow[];
};

const BIRTH_DAYS = 15_695; // 43 years of birth dates; 7919 is coprime to it.
const CASELOAD_PER_FTE = 19;

/** Plans the whole population. */
export function planPopulation(o: PlanOptions): PopulationPlan {
  const anchor = dayOf(o.anchor);
  const start = anchor - Math.round(o.years * 365.25);
  const seed = o.seed;
  const organisations: OrganisationRow[] = Array.from({ length: o.organisations }, (_, index) => {
    const county = countyOf(index);
    const existing = index === 0 && o.into !== undefined;
    return {
      index,
      id: existing ? (o.into as GenerateInto).organisationId : uuidFor(seed, `org:${index}`),
      name: county.displayName,
      existing,
      municipalities: county.municipalities,
      swedish: county.swedish,
      region: county.region,
    };
  });
  const weights = organisations.map((_, i) => countyOf(i).population);
  const totalWeight = weights.reduce((a, b) => a + b, 0);

  const clients: ClientRow[] = [];
  const firstEpisodes: { client: number; plan: EpisodePlan }[] = [];
  for (let i = 0; i < o.clients; i++) {
    const random = randomFor(seed, `client:${i}`);
    const demo = o.into !== undefined && i < DEMO_CASELOAD;
    const org = demo ? 0 : pickIndex(weights, random.next() * totalWeight);
    const county = organisations[org] as OrganisationRow;
    const birthDay = anchor - (20 + o.years) * 365 - ((i * 7919 + seed) % BIRTH_DAYS);
    const birthDate = isoOf(birthDay);
    const swedish = random.chance(county.swedish);
    clients.push({
      id: uuidFor(seed, `client:${i}`),
      org,
      firstName: random.pick(firstNames),
      lastName: random.pick(lastNames),
      henkilotunnus: syntheticHenkilotunnus(birthDate, 900 + (Math.floor(i / BIRTH_DAYS) % 100)),
      birthDate,
      municipality: random.pick(county.municipalities),
      language: swedish ? "sv" : random.chance(0.03) ? random.pick(["en", "other"]) : "fi",
      education: random.weighted([
        ["basic", 25],
        ["upper_secondary", 15],
        ["vocational", 35],
        ["bachelor", 15],
        ["master", 5],
        ["none", 3],
        ["other", 2],
      ]),
      diagnosis: random.weighted([
        ["psychotic", 30],
        ["mood", 30],
        ["anxiety", 15],
        ["personality", 8],
        ["substance_use", 5],
        ["neurodevelopmental", 9],
        ["other", 3],
      ]),
    });
    const ref = start + Math.floor(random.next() * (anchor - start));
    firstEpisodes.push({
      client: i,
      plan: demo ? demoEpisode(i, anchor) : planEpisode(seed, `${i}:0`, ref, anchor),
    });
  }

  // Re-referrals: a quarter of those who left (by wish, lost contact or after steady work) come back.
  const planned: { client: number; k: number; plan: EpisodePlan }[] = [];
  for (const { client, plan } of firstEpisodes) {
    planned.push({ client, k: 0, plan });
    const random = randomFor(seed, `rereferral:${client}`);
    const back = ["client_wish", "lost_contact", "steady_work_step_down"].includes(plan.closureReason ?? "");
    if (back && plan.closure !== null && random.chance(0.25)) {
      const ref = plan.closure + 60 + random.expDays(220);
      if (ref < anchor) planned.push({ client, k: 1, plan: planEpisode(seed, `${client}:1`, ref, anchor) });
    }
  }

  const { teams, coaches, leads } = planStaff(o, organisations, clients, planned);
  const employers = planEmployers(seed, organisations, clients);
  const episodes = assignEpisodes(o, planned, clients, coaches, employers);
  return {
    anchor,
    anchorIso: o.anchor,
    start,
    organisations,
    teams,
    coaches,
    leads,
    employers,
    clients,
    episodes,
  };
}

function planStaff(
  o: PlanOptions,
  organisations: OrganisationRow[],
  clients: ClientRow[],
  planned: { client: number; plan: EpisodePlan }[],
) {
  const openByOrg = organisations.map(() => 0);
  for (const { client, plan } of planned) {
    if (plan.decision !== "declined" && plan.closure === null) {
      const org = (clients[client] as ClientRow).org;
      openByOrg[org] = (openByOrg[org] ?? 0) + 1;
    }
  }
  const teams: TeamRow[] = [];
  const coaches: StaffRow[] = [];
  const leads: StaffRow[] = [];
  for (const org of organisations) {
    const random = randomFor(o.seed, `staff:${org.index}`);
    const given = org.existing ? (o.into as GenerateInto).coachUserIds.length : 0;
    const needed = Math.max(1, Math.round((openByOrg[org.index] ?? 0) / CASELOAD_PER_FTE / 0.87));
    const generated = org.existing ? Math.max(0, needed - given) : needed;
    const teamCount = (org.existing ? 1 : 0) + Math.ceil(generated / 8);
    for (let t = 0; t < teamCount; t++) {
      const existing = org.existing && t === 0;
      const into = o.into as GenerateInto;
      teams.push({
        index: teams.length,
        org: org.index,
        id: existing ? into.ipsTeamId : uuidFor(o.seed, `team:${org.index}:${t}`),
        name: `IPS-tiimi ${t + 1}`,
        treatmentId: existing ? into.treatmentTeamId : uuidFor(o.seed, `treatment:${org.index}:${t}`),
        treatmentName: `Psykiatrian poliklinikka ${t + 1}`,
        existing,
      });
    }
    const orgTeams = teams.filter((t) => t.org === org.index);
    const firstGenerated = org.existing ? 1 : 0;
    if (org.existing) {
      for (const id of (o.into as GenerateInto).coachUserIds) {
        coaches.push({
          id,
          name: "",
          email: "",
          org: org.index,
          team: (orgTeams[0] as TeamRow).index,
          fte: 1,
          existing: true,
        });
      }
    }
    for (let c = 0; c < generated; c++) {
      const team = orgTeams[firstGenerated + (c % (orgTeams.length - firstGenerated))] as TeamRow;
      const first = random.pick(firstNames);
      const last = random.pick(lastNames);
      coaches.push({
        id: uuidFor(o.seed, `coach:${org.index}:${c}`),
        name: `${first} ${last}`,
        email: `valmentaja.${org.index}.${c}@generoitu.polku.invalid`,
        org: org.index,
        team: team.index,
        fte: random.weighted([
          [1, 60],
          [0.8, 20],
          [0.6, 10],
          [0.5, 10],
        ]),
        existing: false,
      });
    }
    for (const team of orgTeams.filter((t) => !t.existing)) {
      leads.push({
        id: uuidFor(o.seed, `lead:${team.index}`),
        name: `${random.pick(firstNames)} ${random.pick(lastNames)}`,
        email: `tiiminvetaja.${org.index}.${team.index}@generoitu.polku.invalid`,
        org: org.index,
        team: team.index,
        fte: null,
        existing: false,
      });
    }
  }
  return { teams, coaches, leads };
}

function planEmployers(seed: number, organisations: OrganisationRow[], clients: ClientRow[]): EmployerRow[] {
  const perOrg = organisations.map(() => 0);
  for (const c of clients) perOrg[c.org] = (perOrg[c.org] ?? 0) + 1;
  const employers: EmployerRow[] = [];
  for (const org of organisations) {
    const count = Math.max(12, Math.ceil((perOrg[org.index] ?? 0) / 6));
    for (let n = 0; n < count; n++) {
      const random = randomFor(seed, `employer:${org.index}:${n}`);
      const industry = random.weighted(industries.map((x) => [x, x.weight] as const));
      employers.push({
        id: uuidFor(seed, `employer:${org.index}:${n}`),
        org: org.index,
        name: `${random.pick(employerPrefixes)}${industry.noun.toLowerCase()} ${random.pick(employerForms)}`,
        businessId: syntheticYTunnus(employers.length + seed * 7),
        industry: industry.section,
        size: random.pick(employerSizes),
        municipality: random.pick(org.municipalities),
        postalCode: String(random.int(10_000, 99_999)),
        street:
          `${random.pick(["Teollisuus", "Kauppa", "Asema", "Koulu", "Puisto", "Rantakatu"])}katu ${random.int(1, 80)}`.replace(
            "katukatu",
            "katu",
          ),
      });
    }
  }
  return employers;
}

function assignEpisodes(
  o: PlanOptions,
  planned: { client: number; k: number; plan: EpisodePlan }[],
  clients: ClientRow[],
  coaches: StaffRow[],
  employers: EmployerRow[],
): EpisodeRow[] {
  const coachesByOrg = new Map<number, number[]>();
  for (const [index, c] of coaches.entries())
    coachesByOrg.set(c.org, [...(coachesByOrg.get(c.org) ?? []), index]);
  const employersByOrg = new Map<number, number[]>();
  for (const [index, e] of employers.entries()) {
    const list = employersByOrg.get(e.org) ?? [];
    list.push(index);
    employersByOrg.set(e.org, list);
  }
  // The demo coach (into, index 0) has its caseload planned; it takes few others.
  const weightOf = (index: number) =>
    o.into !== undefined && index === 0 ? 0.15 : ((coaches[index] as StaffRow).fte ?? 1);
  // Per organisation once (not per episode): its coaches' weights and their total; per team its coaches.
  const weightsByOrg = new Map<number, { weights: number[]; total: number }>();
  for (const [org, pool] of coachesByOrg) {
    const weights = pool.map(weightOf);
    weightsByOrg.set(org, { weights, total: weights.reduce((a, b) => a + b, 0) });
  }
  const byTeam = new Map<number, number[]>();
  for (const [index, c] of coaches.entries()) byTeam.set(c.team, [...(byTeam.get(c.team) ?? []), index]);
  const firstIds = new Map<number, string>();
  return planned.map(({ client, k, plan }) => {
    const random = randomFor(o.seed, `assign:${client}:${k}`);
    const org = (clients[client] as ClientRow).org;
    const pool = coachesByOrg.get(org) ?? [];
    const demo = o.into !== undefined && client < DEMO_CASELOAD && k === 0;
    const { weights = [], total = 0 } = weightsByOrg.get(org) ?? {};
    const coach = demo ? 0 : (pool[pickIndex(weights, random.next() * total)] as number);
    const team = (coaches[coach] as StaffRow).team;
    const mates = (byTeam.get(team) ?? []).filter((c) => c !== coach);
    const end = plan.closure ?? dayOf(o.anchor);
    let coach2: number | null = null;
    let changeDay: number | null = null;
    if (
      !demo &&
      plan.agreement !== null &&
      end - plan.agreement > 120 &&
      mates.length > 0 &&
      random.chance(0.12)
    ) {
      coach2 = random.pick(mates);
      changeDay = plan.agreement + random.int(30, end - plan.agreement - 30);
    }
    const orgEmployers = employersByOrg.get(org) ?? [];
    const trialEmployer = plan.trial ? random.pick(orgEmployers) : null;
    const jobEmployers = plan.jobs.map((j) =>
      j.fromTrial && trialEmployer !== null ? trialEmployer : random.pick(orgEmployers),
    );
    const id = uuidFor(o.seed, `episode:${client}:${k}`);
    if (k === 0) firstIds.set(client, id);
    return {
      ...plan,
      id,
      client,
      prevId: k === 0 ? null : (firstIds.get(client) ?? null),
      team,
      coach,
      coach2,
      changeDay,
      jobEmployers,
      trialEmployer,
    };
  });
}

/** The index whose cumulative weight first exceeds x (x in [0, sum of weights)). */
function pickIndex(weights: readonly number[], x: number): number {
  let rest = x;
  for (const [i, w] of weights.entries()) {
    rest -= w;
    if (rest < 0) return i;
  }
  return weights.length - 1;
}
