import { clients } from "./fi/clients.ts";
import { documentation } from "./fi/documentation.ts";
import { employers } from "./fi/employers.ts";
import { forms } from "./fi/forms.ts";
import { outcomesNav } from "./fi/outcomes-nav.ts";
import { platform } from "./fi/platform.ts";
import { todo } from "./fi/todo.ts";
import { work } from "./fi/work.ts";
/**
 * Finnish: the source of truth for every message key. sv.ts and en.ts must have exactly these
 * keys (the `Messages` type enforces it). Interpolation uses `{{name}}`.
 */
export const fi = {
  ...platform,
  ...clients,
  ...documentation,
  ...work,
  ...employers,
  ...outcomesNav,
  ...todo,
  ...forms,
};
