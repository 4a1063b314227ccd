import type { z } from "zod";
import type { disclosureWarning } from "../../../core/contracts/employers.ts";
import type { disclosurePlan } from "../../../core/contracts/plans.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { initialsOf, type JobSeeker } from "./gate-job-seekers.ts";

export type DisclosureWarning = z.infer<typeof disclosureWarning>;
type DisclosurePlan = z.infer<typeof disclosurePlan>;
type Employer = { id: string; name: string };

/**
 * Why the coach must not talk about this job seeker's health with this employer: the latest
 * disclosure plan decided "none" for them, or has no decision for them at all (fidelity V2: the
 * disclosure talk comes before the first employer contact). Entries name the employer by register
 * id, or by name only when the employer was not in the register when the plan was made.
 */
export function disclosureReason(
  plan: DisclosurePlan | null,
  employer: Employer,
): DisclosureWarning["reason"] | null {
  const sameName = (name: string) => name.trim().toLowerCase() === employer.name.trim().toLowerCase();
  const entries = plan?.entries ?? [];
  const entry =
    entries.find((e) => e.employerId === employer.id) ??
    entries.find((e) => !e.employerId && sameName(e.employerName));
  if (!entry) return "no_plan";
  return entry.decision === "none" ? "none" : null;
}

/** The disclosure warnings for the given gated job seekers and one employer, in their order. */
export async function disclosureWarningsFor(
  db: Executor,
  employer: Employer,
  seekers: readonly JobSeeker[],
): Promise<DisclosureWarning[]> {
  if (seekers.length === 0) return [];
  const rows = await db
    .selectFrom("episode_document as d")
    .innerJoin("episode as e", "e.id", "d.episode_id")
    .select(["e.client_id", "d.content"])
    .where(
      "e.client_id",
      "in",
      seekers.map((s) => s.client.clientId),
    )
    .where("d.kind", "=", "disclosure_plan")
    .orderBy("d.version", "desc")
    .execute();
  const latest = new Map<string, DisclosurePlan>();
  for (const row of rows)
    if (!latest.has(row.client_id)) latest.set(row.client_id, row.content as unknown as DisclosurePlan);
  const warnings: DisclosureWarning[] = [];
  for (const seeker of seekers) {
    const reason = disclosureReason(latest.get(seeker.id) ?? null, employer);
    if (reason) warnings.push({ clientId: seeker.id, initials: initialsOf(seeker), reason });
  }
  return warnings;
}
