import { randomUUID } from "node:crypto";
import { addDays } from "../../../core/time/dates.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { addDemoClients } from "./add-demo-clients.ts";
import { type CastMember, castDemoWeek } from "./demo-cast.ts";
import { helsinkiInstant, workday } from "./demo-days.ts";
import { type DemoKey, demoPeople } from "./demo-people.ts";
import { demoContacts, demoEmployers, demoWeek } from "./demo-week.ts";

/** The demo organisation's IPS team as the seed built it. */
export type DemoTeam = {
  organisationId: string;
  ipsTeamId: string;
  treatmentTeamId: string;
  coachUserId: string;
};

/**
 * Writes the moments a newcomer should meet on the demo coach's caseload around `today`: the
 * week's appointments (the past ones held and documented, one cancelled), face-to-face employer
 * contacts with a next step, a work trial ending in four days that the employer means to turn
 * into a job, a job that ended four days ago, a referral waiting for its decision, a client on
 * hold, and consents that open the clinician's shared view. Each moment is played by a client of
 * the generated caseload in the right phase, or by a client of its own when nobody is. Rows go
 * into the tables the app writes (the seed runs before anyone could act through the gate); the
 * triggers keep the episode facts and the outcome queue current as they do for the app's writes.
 * Returns how many clients it added.
 */
export async function writeDemoMoments(trx: Executor, team: DemoTeam, today: string): Promise<number> {
  const day = (offset: number) => addDays(today, offset);
  const by = team.coachUserId;
  const employerIds = new Map<string, string>(demoEmployers.map((e) => [e.key, randomUUID()]));
  const employerOf = (key: string) => employerIds.get(key) ?? "";
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

  const { cast, missing } = await castDemoWeek(trx, team, today);
  const added = await addDemoClients(trx, team, today, missing, employerOf);
  const of = (key: DemoKey) => (cast.get(key) ?? added.get(key)) as CastMember;

  // The clinician's shared view: these clients agreed to share with their treatment team.
  const sharing = demoPeople.filter((p) => p.sharesWithTreatmentTeam).map((p) => of(p.key).client);
  const consented = await trx
    .selectFrom("consent")
    .select("client_id")
    .where("client_id", "in", sharing)
    .where("scope", "=", "share_with_treatment_team")
    .where("withdrawn_on", "is", null)
    .execute();
  const toConsent = sharing.filter((c) => !consented.some((row) => row.client_id === c));
  if (toConsent.length > 0)
    await trx
      .insertInto("consent")
      .values(
        toConsent.map((client) => ({
          client_id: client,
          scope: "share_with_treatment_team",
          target_team_id: team.treatmentTeamId,
          given_on: day(-30),
          method: "written",
          recorded_by: by,
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

  const contactIds = demoContacts.map(() => randomUUID());
  await trx
    .insertInto("employer_contact")
    .values(
      demoContacts.map((c, i) => ({
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
      demoContacts.map((c, i) => ({
        employer_contact_id: contactIds[i] ?? "",
        client_id: of(c.who).client,
        episode_id: of(c.who).episode,
      })),
    )
    .execute();

  await writeDemoAppointments(trx, team, today, of);
  return added.size;
}

/** The week's appointments; each held one with the activity that documents it. */
async function writeDemoAppointments(
  trx: Executor,
  team: DemoTeam,
  today: string,
  of: (key: DemoKey) => CastMember,
): Promise<void> {
  const by = team.coachUserId;
  const appointments = demoWeek.map((a) => {
    const startsAt = helsinkiInstant(workday(today, a.day), a.time);
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
        appointment_id: x.id,
        notes: x.held.notes,
      })),
    )
    .execute();
}
