import { coachTabs } from "../activities/coach-tabs.tsx";
import { ConsentsSection } from "../consent/ConsentsSection.tsx";
import { EpisodeTimeline } from "../episodes/EpisodeTimeline.tsx";
import type { ClientTab } from "./client-tab.tsx";
import { DetailsTab } from "./DetailsTab.tsx";
import { sharedViewShowsTab } from "./shared-view.ts";
import type { ClientRecord } from "./types.ts";

/**
 * The client page's tabs. Append to this list to add one, e.g.
 * `{ id: "activities", label: (t) => t("activities.tab"), order: 20, Component }`.
 * Reserved orders: 20 activities, 30 appointments, 40 jobs and work trials, 50 studies, 60 plans.
 */
export const clientTabs: ClientTab[] = [
  {
    id: "episodes",
    label: (t) => t("clients.tabs.episodes"),
    order: 10,
    Component: EpisodeTimeline,
  },
  {
    id: "details",
    label: (t) => t("clients.tabs.details"),
    order: 70,
    Component: DetailsTab,
  },
  {
    id: "consents",
    label: (t) => t("clients.tabs.consents"),
    order: 80,
    Component: ConsentsSection,
  },
  ...coachTabs,
];

/** The tabs this viewer sees, in order. */
export function tabsFor(access: ClientRecord["access"]): ClientTab[] {
  return clientTabs
    .filter((tab) => access === "full" || sharedViewShowsTab(tab.id))
    .sort((a, b) => a.order - b.order);
}
