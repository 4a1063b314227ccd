import type { ComparisonQuery } from "../../../core/contracts/comparisons.ts";
import type { OutcomeComparison } from "../../../core/contracts/outcomes.ts";
import { translate } from "../../../core/i18n/index.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import { compareRates } from "../../../core/outcomes/intervals.ts";
import { currentRuleSet } from "../../../core/outcomes/rule-sets.ts";
import { comparisonSentence } from "../../../core/outcomes/sentences.ts";
import { summarise } from "../../../core/outcomes/summarise.ts";
import type { OutcomePeriod } from "../../../core/outcomes/types.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { requireAggregateAccess } from "../access/aggregate-gate.ts";
import { deny } from "../access/deny.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadOutcomeFacts } from "../outcomes/load-outcome-facts.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { invalid, notFound } from "../platform/http/app-error.ts";

/**
 * A team's employment rate over a period against a comparison cohort's (outcomes.md §6: the Varma
 * pilot's 30 % vs 19 %). The team's side is the rule set's employment rate of the clients
 * attributed to it in the period (optionally only those in one situation at the start), from the
 * same loader and `summarise` as the dashboards; the cohort's side sums its counts for periods
 * inside the one asked (the cohort's whole span by default). Both get Wilson intervals, the
 * difference and ratio theirs, and a sentence says in plain words what the interval means.
 * Gated twice: the team's figures through the aggregate gate, the cohort by the organisation
 * permission `comparison_cohort.manage` (admins, evaluators, team leads).
 */
export async function compareTeamWithCohort(
  database: Database,
  actor: Actor,
  params: { organisationId: string; teamId: string },
  query: ComparisonQuery,
  locale: Locale,
): Promise<OutcomeComparison> {
  return inTransaction(database, async (trx) => {
    const scope = await requireAggregateAccess(trx, actor, { kind: "team", teamId: params.teamId });
    if (scope.organisationId !== params.organisationId) throw deny("not_found", { action: "aggregate.team" });
    requireOrganisation(actor, "comparison_cohort.manage", params.organisationId);
    const cohort = await trx
      .selectFrom("comparison_cohort")
      .select(["id", "name"])
      .where("id", "=", query.cohortId)
      .where("organisation_id", "=", params.organisationId)
      .executeTakeFirst();
    if (!cohort) throw notFound();
    const counts = await trx
      .selectFrom("comparison_cohort_count")
      .selectAll()
      .where("cohort_id", "=", cohort.id)
      .execute();
    const from = query.from ?? counts.map((c) => c.period_from).sort()[0] ?? "";
    const to =
      query.to ??
      counts
        .map((c) => c.period_to)
        .sort()
        .at(-1) ??
      "";
    if (from > to) throw invalid({ to: { key: "end_before_start" } });
    const inside = counts.filter((c) => c.period_from >= from && c.period_to <= to);
    const comparison = {
      numerator: inside.reduce((n, c) => n + c.employed, 0),
      denominator: inside.reduce((n, c) => n + c.denominator, 0),
    };
    const period: OutcomePeriod = { from, to, label: `${from}–${to}` };
    const ruleSet = currentRuleSet(query.ruleSet);
    const asOf = helsinkiDate();
    const facts = (await loadOutcomeFacts(trx, [params.teamId], period, asOf)).filter(
      (e) => query.situation === undefined || e.situationAtStart === query.situation,
    );
    const summary = summarise(facts, { period, ruleSet, asOf });
    const compared = compareRates(
      { numerator: summary.employedDuringPeriod, denominator: summary.employmentDenominator },
      comparison,
    );
    const team = await trx
      .selectFrom("team")
      .select("name")
      .where("id", "=", params.teamId)
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "outcomes.compared",
      actorUserId: actor.userId,
      organisationId: params.organisationId,
      targetType: "organisation",
      targetId: params.organisationId,
      details: {
        teamId: params.teamId,
        cohortId: cohort.id,
        ruleSet: ruleSet.id,
        from,
        to,
        situation: query.situation ?? null,
      },
    });
    return {
      team: { id: params.teamId, name: team.name },
      cohort: { id: cohort.id, name: cohort.name },
      ruleSet,
      period,
      situation: query.situation ?? null,
      ...compared,
      sentence: sentenceOf(compared, locale),
    };
  });
}

function sentenceOf(compared: ReturnType<typeof compareRates>, locale: Locale): string {
  const { key, params } = comparisonSentence(compared);
  return translate(locale, key, params);
}
