import { clients } from "./en/clients.ts";
import { comparisons } from "./en/comparisons.ts";
import { dashboards } from "./en/dashboards.ts";
import { documentation } from "./en/documentation.ts";
import { employers } from "./en/employers.ts";
import { exports } from "./en/exports.ts";
import { forms } from "./en/forms.ts";
import { metrics } from "./en/metrics.ts";
import { networks } from "./en/networks.ts";
import { platform } from "./en/platform.ts";
import { todo } from "./en/todo.ts";
import { work } from "./en/work.ts";
import type { Catalogue } from "./types.ts";

/** English. Keys must match fi.ts exactly. */
export const en: Catalogue = {
  ...platform,
  ...clients,
  ...documentation,
  ...work,
  ...employers,
  ...metrics,
  ...networks,
  ...comparisons,
  ...exports,
  ...dashboards,
  ...todo,
  ...forms,
};
