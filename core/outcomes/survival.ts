import type { MedianFigure, SurvivalObservation } from "./types.ts";

/**
 * The Kaplan–Meier median of time-to-event observations: the smallest time t at which the
 * estimated share still without the event, S(t), is at or below one half. Censored observations
 * (the event had not happened when we stopped seeing them) count as at risk up to and including
 * their time. `median` is null when S never falls to one half ("not reached"), e.g. when fewer than
 * half have had the event by the longest follow-up. Without censoring this is the lower median
 * (of 1, 2, 3, 4 days: 2).
 */
export function kaplanMeierMedian(obs: readonly SurvivalObservation[]): MedianFigure {
  const censored = obs.filter((o) => !o.event).length;
  // Per distinct time: how many had the event then, and how many leave the risk set then.
  const atTime = new Map<number, { events: number; leaving: number }>();
  for (const o of obs) {
    const t = atTime.get(o.days) ?? { events: 0, leaving: 0 };
    t.leaving += 1;
    if (o.event) t.events += 1;
    atTime.set(o.days, t);
  }
  let atRisk = obs.length;
  let survival = 1;
  for (const [t, { events, leaving }] of [...atTime].sort((a, b) => a[0] - b[0])) {
    if (events > 0) {
      survival *= 1 - events / atRisk;
      // A tolerance so one half reached through rounding (e.g. 3/4 · 2/3) still counts.
      if (survival <= 0.5 + 1e-12) return { median: t, n: obs.length, censored };
    }
    atRisk -= leaving;
  }
  return { median: null, n: obs.length, censored };
}

/** The ordinary median (mean of the two middle values for an even count); null when empty. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}
