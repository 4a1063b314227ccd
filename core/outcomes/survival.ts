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
  // Times sorted as numbers in typed arrays (all observations, and those with the event), then one
  // walk over the distinct times: dashboards take thousands of these medians per request.
  let eventCount = 0;
  for (const o of obs) if (o.event) eventCount += 1;
  const all = new Float64Array(obs.length);
  const events = new Float64Array(eventCount);
  let e = 0;
  obs.forEach((o, i) => {
    all[i] = o.days;
    if (o.event) events[e++] = o.days;
  });
  all.sort();
  events.sort();
  const censored = obs.length - eventCount;
  let atRisk = obs.length;
  let survival = 1;
  e = 0;
  for (let i = 0; i < all.length; ) {
    const t = all[i] as number;
    // How many leave the risk set at t, and how many of them had the event then.
    let leaving = 1;
    for (i += 1; i < all.length && all[i] === t; i += 1) leaving += 1;
    let happened = 0;
    for (; e < events.length && events[e] === t; e += 1) happened += 1;
    if (happened > 0) {
      survival *= 1 - happened / atRisk;
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
  const sorted = Float64Array.from(xs).sort();
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}
