import type { Actor } from "../access/actor.ts";
import type { Executor } from "../platform/db/transaction.ts";

/**
 * The actor's own employer contacts with a next step, in the organisations where they work now
 * (employer_contact_coach_idx), each with whether anyone has contacted that employer since.
 */
export function employerNextSteps(db: Executor, actor: Actor) {
  const organisations = [...new Set(actor.memberships.map((m) => m.organisationId))];
  if (organisations.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("employer_contact as c")
    .innerJoin("employer as emp", "emp.id", "c.employer_id")
    .select((eb) => [
      "c.id",
      "c.organisation_id",
      "c.employer_id",
      "emp.name as employer_name",
      "c.next_step",
      "c.next_step_on",
      eb
        .exists(
          eb
            .selectFrom("employer_contact as later")
            .select("later.id")
            .whereRef("later.employer_id", "=", "c.employer_id")
            .whereRef("later.occurred_at", ">", "c.occurred_at")
            .where("later.retracted_at", "is", null),
        )
        .as("contacted_again"),
    ])
    .where("c.coach_user_id", "=", actor.userId)
    .where("c.organisation_id", "in", organisations)
    .where("c.next_step_on", "is not", null)
    .where("c.retracted_at", "is", null)
    .execute();
}
