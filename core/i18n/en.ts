import { clients } from "./en/clients.ts";
import { documentation } from "./en/documentation.ts";
import { employers } from "./en/employers.ts";
import { forms } from "./en/forms.ts";
import { outcomesNav } from "./en/outcomes-nav.ts";
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
  ...outcomesNav,
  ...todo,
  ...forms,
};
