import { clients } from "./sv/clients.ts";
import { documentation } from "./sv/documentation.ts";
import { employers } from "./sv/employers.ts";
import { forms } from "./sv/forms.ts";
import { outcomesNav } from "./sv/outcomes-nav.ts";
import { platform } from "./sv/platform.ts";
import { todo } from "./sv/todo.ts";
import { work } from "./sv/work.ts";
import type { Catalogue } from "./types.ts";

/**
 * Swedish (Finland). Keys must match fi.ts exactly.
 *
 * To be reviewed by a Finland-Swedish IPS practitioner (unverified in docs/domain/glossary.md):
 * - "teamledare" (team leader, roles.team_lead)
 * - "vårdteam" / "medlem i vårdteamet" (treatment team, teamKinds.treatment_team, roles.clinician)
 * - "kvalitetsbedömare" (fidelity reviewer, roles.reviewer; from "kvalitetsbedömning")
 * - "utvärderare" (programme evaluator, roles.evaluator)
 * - "IPS-arbetscoach" (employment specialist, roles.coach; Uusimaa uses "IPS-arbetstränare")
 * - "tvåstegsverifiering" (two-step verification) and "reservkod" (recovery code)
 * - "årsverken" (FTE)
 * - "rapporteringsnätverk", "regionalt nätverk", "nationell jämförelse" (reporting networks, networks.*)
 * - "jämförelsegrupp" (comparison group, comparisons.*)
 */
export const sv: Catalogue = {
  ...platform,
  ...clients,
  ...documentation,
  ...work,
  ...employers,
  ...outcomesNav,
  ...todo,
  ...forms,
};
