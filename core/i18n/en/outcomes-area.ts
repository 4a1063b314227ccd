import type { OutcomesCatalogue } from "../types.ts";
import { comparisons } from "./comparisons.ts";
import { dashboards } from "./dashboards.ts";
import { exports } from "./exports.ts";
import { metrics } from "./metrics.ts";
import { networks } from "./networks.ts";

/**
 * The outcome area's messages (English): dashboards, metrics, reporting networks, comparison
 * groups and exports. A feature catalogue (core/i18n/types.ts): the web app fetches it with the
 * outcome and network pages, so the first page does not carry it (scripts/bundle-size.mjs).
 */
export const outcomesArea: OutcomesCatalogue = {
  ...metrics,
  ...networks,
  ...comparisons,
  ...exports,
  ...dashboards,
};
