import type { TFunction } from "i18next";
import { useNetworks, useOutcomeScopes } from "./outcomes-api.ts";

/**
 * The "Outcomes" link, shown when the server says there is something to open: a caseload, team
 * or organisation in the scopes answer, or a reporting network. The rule of who may see figures
 * lives on the server (core/access/aggregate.ts); the navigation only asks.
 */
export function useOutcomesNavItems(t: TFunction): { to: string; label: string }[] {
  const scopes = useOutcomeScopes();
  const networks = useNetworks();
  const s = scopes.data;
  const any =
    (s ? s.coach.length + s.teams.length + s.organisations.length > 0 : false) ||
    (networks.data?.length ?? 0) > 0;
  return any ? [{ to: "/outcomes", label: t("dashboards.nav") }] : [];
}
