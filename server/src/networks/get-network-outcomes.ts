import type { z } from "zod";
import type { OutcomeDashboard, outcomeQuery } from "../../../core/contracts/outcomes.ts";
import { rateDistribution } from "../../../core/networks/rate-distribution.ts";
import { figuresOf, figuresWithoutMedians, withoutMedians } from "../../../core/outcomes/figures.ts";
import { lastFullQuarter, quartersEnding } from "../../../core/outcomes/periods.ts";
import { currentRuleSet } from "../../../core/outcomes/rule-sets.ts";
import { mergeSummaries } from "../../../core/outcomes/summarise.ts";
import { presentFigures, suppressTable } from "../../../core/outcomes/suppression.ts";
import type { OutcomePeriod } from "../../../core/outcomes/types.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { requireNetworkAccess } from "../access/aggregate-gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import {
  mergeStored,
  oldestComputedAt,
  readStoredSummaries,
  type StoredSummary,
} from "../outcome-summaries/read-stored-summaries.ts";
import {
  readNetworkTotals,
  readOrganisationTotals,
  sameIds,
} from "../outcome-summaries/read-stored-totals.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { networkAgreements, networkOrNotFound } from "./network-query.ts";

export type OutcomeQuery = z.infer<typeof outcomeQuery>;

/**
 * A reporting network's outcome page (level "network"): per quarter, the merged stored summaries of
 * the organisations whose agreement was in force at some time in that quarter, nobody else's (an
 * organisation outside the network, or one that ended before the quarter, is invisible). Cells
 * under the threshold are withheld, with the complementary cells that would let them be
 * recovered from the network's total; the distribution counts only organisations whose
 * employment-rate denominator reaches the threshold.
 */
export async function getNetworkOutcomes(
  database: Database,
  actor: Actor,
  networkId: string,
  query: OutcomeQuery,
  threshold: number,
): Promise<OutcomeDashboard> {
  const today = helsinkiDate();
  const ruleSet = currentRuleSet(query.ruleSet);
  const periods = quartersEnding(query.quarter ?? lastFullQuarter(today), query.quarters);
  const period = periods[periods.length - 1] as OutcomePeriod;
  return inTransaction(database, async (trx) => {
    await requireNetworkAccess(trx, actor, networkId, today);
    const network = await networkOrNotFound(trx, networkId);
    const agreements = await networkAgreements(trx, networkId);
    // Indexed once: a national page merges thousands of stored rows (docs/performance.md).
    const membersDuring = new Map(
      periods.map((p) => [
        p.label,
        new Set(
          agreements
            .filter((a) => a.agreedOn <= p.to && (a.endedOn === null || a.endedOn >= p.from))
            .map((a) => a.organisationId),
        ),
      ]),
    );
    const organisationIds = [...new Set(agreements.map((a) => a.organisationId))];
    const labels = periods.map((p) => p.label);
    // The stored totals (migration 0021): each member organisation's and the network's per
    // quarter, figures only. Where one is missing (not computed yet, or the members changed since)
    // that quarter is merged from the stored team rows as before, with the same figures.
    const orgTotals = await readOrganisationTotals(trx, organisationIds, labels, ruleSet);
    const orgTotal = new Map(orgTotals.map((o) => [`${o.organisationId}|${o.quarter}`, o]));
    const networkTotal = new Map(
      (await readNetworkTotals(trx, networkId, labels, ruleSet)).map((n) => [n.quarter, n]),
    );
    const live = periods.filter((p) => {
      const members = [...(membersDuring.get(p.label) ?? [])];
      const total = networkTotal.get(p.label);
      return (
        !total ||
        !sameIds(total.organisationIds, members) ||
        members.some((id) => !orgTotal.has(`${id}|${p.label}`))
      );
    });
    const rows =
      live.length === 0
        ? []
        : await readStoredSummaries(
            trx,
            organisationIds,
            live.map((p) => p.label),
            ruleSet,
          );
    const used = rows.filter((r) => membersDuring.get(r.quarter)?.has(r.organisationId));
    const byQuarter = groupBy(used, (r) => r.quarter);
    const liveLabels = new Set(live.map((p) => p.label));
    const figuresOfPart = (
      id: string,
      p: OutcomePeriod,
      partsShown: boolean,
      inPeriod: Map<string, StoredSummary[]>,
    ) => {
      const stored = liveLabels.has(p.label) ? undefined : orgTotal.get(`${id}|${p.label}`);
      if (stored) return partsShown ? stored.figures : withoutMedians(stored.figures);
      return (partsShown ? figuresOf : figuresWithoutMedians)(
        mergeStored(inPeriod.get(id) ?? [], p, ruleSet),
      );
    };
    const totalOf = (p: OutcomePeriod) => {
      const stored = liveLabels.has(p.label) ? undefined : networkTotal.get(p.label);
      return stored
        ? stored.figures
        : figuresOf(
            mergeSummaries(
              (byQuarter.get(p.label) ?? []).map((r) => r.summary),
              p,
              ruleSet,
            ),
          );
    };
    // Each quarter is the table of its member organisations, complementary suppression applied,
    // whether it is the chosen quarter or an earlier point of the trend: a total withheld to
    // protect two small organisations must not show as an earlier point of a longer trend.
    // Only the chosen quarter shows its organisations: earlier ones need counts, not medians.
    const tableOf = (p: OutcomePeriod, partsShown: boolean) => {
      const inPeriod = groupBy(byQuarter.get(p.label) ?? [], (r) => r.organisationId);
      const members = [...(membersDuring.get(p.label) ?? [])]
        .map((id) => ({
          id,
          name: agreements.find((a) => a.organisationId === id)?.name ?? "",
          figures: figuresOfPart(id, p, partsShown, inPeriod),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, "fi"));
      const table = suppressTable(
        members.map((m) => presentFigures(m.figures, threshold)),
        presentFigures(totalOf(p), threshold),
        threshold,
      );
      return { members, table };
    };
    // The oldest computation the figures rest on: the totals' and any team rows merged live.
    const asOfRows = [
      ...used,
      ...orgTotals.filter(
        (o) => !liveLabels.has(o.quarter) && membersDuring.get(o.quarter)?.has(o.organisationId),
      ),
    ];
    const tables = periods.map((p, i) => ({ period: p, ...tableOf(p, i === periods.length - 1) }));
    const trend = tables.map(({ period: p, table }) => ({ period: p, figures: table.total }));
    const { members, table } = tables[tables.length - 1] as (typeof tables)[number];
    const shown = table.parts;
    await recordAuditEvent(trx, {
      eventType: "network.outcomes_viewed",
      actorUserId: actor.userId,
      targetType: "reporting_network",
      targetId: networkId,
      details: {
        quarter: period.label,
        ruleSet: ruleSet.id,
        quarters: periods.length,
        organisationIds: members.map((m) => m.id),
      },
    });
    return {
      level: "network",
      scope: { id: network.id, name: network.name },
      ruleSet,
      suppressionThreshold: threshold,
      asOf: oldestComputedAt(asOfRows),
      trend,
      period,
      parts: members.map((m, i) => ({
        kind: "organisation" as const,
        id: m.id,
        name: m.name,
        figures: shown[i] as (typeof shown)[number],
      })),
      // Only rates the table shows feed the quartiles: with three organisations the lower quartile
      // is the mean of the lowest and the median, so a withheld rate would be read back from it.
      distribution: rateDistribution(
        shown.flatMap(({ employmentRate: { numerator, denominator } }) =>
          numerator.value !== null && denominator.value !== null
            ? [{ numerator: numerator.value, denominator: denominator.value }]
            : [],
        ),
        threshold,
      ),
    };
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
