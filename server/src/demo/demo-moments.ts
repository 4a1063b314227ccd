import { randomUUID } from "node:crypto";
import type { Executor } from "../platform/db/transaction.ts";
import { addDays, helsinkiInstant, workday } from "./demo-days.ts";
import { type DemoKey, demoPeople } from "./demo-people.ts";
import { type DemoEmployerKey, demoContacts, demoEmployers, demoWeek } from "./demo-week.ts";

/** The demo organisation's IPS team as the seed built it. */
export type DemoTeam = {
  organisationId: string;
  ipsTeamId: string;
  treatmentTeamId: string;
  coachUserId: string;
};

/**
 * Writes the moments a newcomer should meet on the demo coach's caseload around `today`: a client
 * in every open phase, the week's appointments, employer contacts with a next step, a work trial
 * ending in four days that the employer means to turn into a job, a job that ended four days ago,
 * a referral waiting for its decision and a client on hold. Rows go straight into the tables the
 * app writes (the seed runs before any person exists to act through the gate); the triggers keep
 * the episode facts and the outcome queue current as they do for the app's own writes.
 */
export async function writeDemoMoments(trx: Executor, team: DemoTeam, today: string): Promise<number> {
  const day = (offset: number) => addDays(today, offset);
  const by = team.coachUserId;
  const ids = new Map<DemoKey, { client: string; episode: string }>();
  for (const person of demoPeople) ids.set(person.key, { client: randomUUID(), episode: randomUUID() });
  const of = (key: DemoKey) => ids.get(key) ?? { client: "", episode: "" };

  await trx
    .insertInto("client")
    .values(
      demoPeople.map((p) => ({
        id: of(p.key).client,
        organisation_id: team.organisationId,
        first_name: p.firstName,
        last_name: p.lastName,
        henkilotunnus: p.henkilotunnus,
        birth_date: p.birthDate,
        birth_year: Number(p.birthDate.slice(0, 4)),
        municipality: p.municipality,
        created_by: by,
      })),
    )
    .execute();
  await trx
    .insertInto("episode")
    .values(
      demoPeople.map((p) => ({
        id: of(p.key).episode,
        client_id: of(p.key).client,
        organisation_id: team.organisationId,
        referral_date: day(-p.referredDaysAgo),
        referral_source: p.source,
        referral_decision: p.key === "referred" ? "pending" : "accepted",
        decision_date: p.key === "referred" ? null : day(-p.referredDaysAgo + 3),
        situation_at_start: p.situationAtStart,
        agreement_date: p.agreedDaysAgo === null ? null : day(-p.agreedDaysAgo),
        on_hold: p.onHoldDaysAgo !== null,
        on_hold_since: p.onHoldDaysAgo === null ? null : day(-p.onHoldDaysAgo),
      })),
    )
    .execute();
  await trx
    .insertInto("episode_assignment")
    .values(
      demoPeople.map((p) => ({
        episode_id: of(p.key).episode,
        coach_user_id: by,
        ips_team_id: team.ipsTeamId,
        treatment_team_id: team.treatmentTeamId,
        valid_from: helsinkiInstant(day(-p.referredDaysAgo), "08:00"),
        assigned_by: by,
      })),
    )
    .execute();
  const profiled = demoPeople.filter((p) => p.careerProfile);
  await trx
    .insertInto("episode_document")
    .values(
      profiled.map((p) => ({
        episode_id: of(p.key).episode,
        kind: "career_profile",
        version: 1,
        content: JSON.stringify(p.careerProfile),
        created_by: by,
      })),
    )
    .execute();
  // The clinician's shared view: these clients agreed to share with their treatment team.
  const sharing = demoPeople.filter((p) => p.sharesWithTreatmentTeam && p.agreedDaysAgo !== null);
  await trx
    .insertInto("consent")
    .values(
      sharing.map((p) => ({
        client_id: of(p.key).client,
        scope: "share_with_treatment_team",
        target_team_id: team.treatmentTeamId,
        given_on: day(-(p.agreedDaysAgo ?? 0)),
        method: "written",
        recorded_by: by,
      })),
    )
    .execute();

  const employerIds = new Map<DemoEmployerKey, string>(demoEmployers.map((e) => [e.key, randomUUID()]));
  const employerOf = (key: DemoEmployerKey) => employerIds.get(key) ?? "";
  await trx
    .insertInto("employer")
    .values(
      demoEmployers.map((e) => ({
        id: employerOf(e.key),
        organisation_id: team.organisationId,
        name: e.name,
        business_id: e.businessId,
        industry: e.industry,
        municipality: e.municipality,
        created_by: by,
      })),
    )
    .execute();

  // The work trial ends in four days; the employer has already said a job will follow it.
  await trx
    .insertInto("work_trial")
    .values({
      episode_id: of("work_trial").episode,
      employer_id: employerOf("cafe"),
      tasks: "Asiakaspalvelu ja leivonta",
      start_date: day(-24),
      end_date: day(4),
      hours_per_week: 20,
      arranged_by: "employment_services",
      notes: "Kahvila tarjoaa osa-aikaista työsuhdetta kokeilun jälkeen.",
      created_by: by,
    })
    .execute();
  await trx
    .insertInto("job")
    .values([
      {
        episode_id: of("job_ended").episode,
        employer_id: employerOf("warehouse"),
        title: "Varastotyöntekijä",
        start_date: day(-212),
        end_date: day(-4),
        hours_per_week: 30,
        hourly_wage: 13.2,
        contract_type: "fixed_term",
        found_with_coach: true,
        end_reason: "fixed_term_ended",
        end_learned_on: day(-3),
        created_by: by,
      },
      {
        episode_id: of("working").episode,
        employer_id: employerOf("shop"),
        title: "Myyjä",
        start_date: day(-58),
        hours_per_week: 20,
        hourly_wage: 12.9,
        contract_type: "open_ended",
        found_with_coach: true,
        created_by: by,
      },
    ])
    .execute();
  await trx
    .insertInto("study")
    .values({
      episode_id: of("studying").episode,
      institution: "Tampereen seudun ammattiopisto",
      programme: "Logistiikan perustutkinto",
      level: "vocational",
      start_date: day(-98),
      created_by: by,
    })
    .execute();

  const contacts = demoContacts;
  const contactIds = contacts.map(() => randomUUID());
  await trx
    .insertInto("employer_contact")
    .values(
      contacts.map((c, i) => ({
        id: contactIds[i],
        organisation_id: team.organisationId,
        employer_id: employerOf(c.employer),
        coach_user_id: by,
        occurred_at: helsinkiInstant(workday(today, c.day), "12:00"),
        face_to_face: true,
        purposes: [...c.purposes],
        outcome: c.outcome,
        next_step: c.next,
        next_step_on: workday(today, c.nextDay),
      })),
    )
    .execute();
  await trx
    .insertInto("employer_contact_client")
    .values(
      contacts.map((c, i) => ({
        employer_contact_id: contactIds[i] ?? "",
        client_id: of(c.who).client,
        episode_id: of(c.who).episode,
      })),
    )
    .execute();

  const appointments = demoWeek.map((a) => {
    const date = workday(today, a.day);
    const startsAt = helsinkiInstant(date, a.time);
    return { id: randomUUID(), a, startsAt, endsAt: new Date(startsAt.getTime() + a.minutes * 60_000) };
  });
  await trx
    .insertInto("appointment")
    .values(
      appointments.map(({ id, a, startsAt, endsAt }) => ({
        id,
        organisation_id: team.organisationId,
        owner_user_id: by,
        client_id: a.who ? of(a.who).client : null,
        starts_at: startsAt,
        ends_at: endsAt,
        place: a.place,
        location: a.location ?? null,
        purpose: a.purpose,
        status: a.held ? "held" : a.cancelled ? "cancelled" : "scheduled",
        cancel_reason: a.cancelled ?? null,
        created_by: by,
      })),
    )
    .execute();
  const held = appointments.flatMap((x) =>
    x.a.held && x.a.who ? [{ ...x, held: x.a.held, who: x.a.who }] : [],
  );
  await trx
    .insertInto("activity")
    .values(
      held.map((x) => ({
        organisation_id: team.organisationId,
        client_id: of(x.who).client,
        episode_id: of(x.who).episode,
        author_user_id: by,
        occurred_at: x.startsAt,
        duration_minutes: x.a.minutes,
        type: x.held.type,
        mode: "face_to_face",
        place: x.a.place,
        participants: x.held.type === "workplace_visit" ? ["client", "employer"] : ["client"],
        purposes: x.held.purposes,
        employer_id: x.who === "working" ? employerOf("shop") : null,
        appointment_id: x.id,
        notes: x.held.notes,
      })),
    )
    .execute();
  return demoPeople.length;
}
