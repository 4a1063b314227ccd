import type { TFunction } from "i18next";
import type { ComponentType } from "react";
import { coachTabs } from "../activities/coach-tabs.tsx";
import { ConsentsSection } from "../consent/ConsentsSection.tsx";
import { EpisodeTimeline } from "../episodes/EpisodeTimeline.tsx";
import { DetailsTab } from "./DetailsTab.tsx";
import type { ClientRecord } from "./types.ts";

/**
 * One tab of the client page. Features that belong to a client (activities, appointments, jobs
 * and work trials, studies, plans) add their tab here: an id (used in the URL, `?tab=`), a label,
 * who sees it, and the component, which gets the record as the caller may see it.
 */
export type ClientTab = {
  id: string;
  label: (t: TFunction) => string;
  /** "full" is the IPS team's view; "shared" is what a consent shows a treatment team. */
  access: readonly ClientRecord["access"][];
  /** Tabs are shown in ascending order. */
  order: number;
  Component: ComponentType<{ client: ClientRecord }>;
};

/**
 * The client page's tabs. Append to this list to add one, e.g.
 * `{ id: "activities", label: (t) => t("activities.tab"), access: ["full"], order: 20, Component }`.
 * Reserved orders: 20 activities, 30 appointments, 40 jobs and work trials, 50 studies, 60 plans, 65 documents.
 */
export const clientTabs: ClientTab[] = [
  {
    id: "episodes",
    label: (t) => t("clients.tabs.episodes"),
    access: ["full", "shared"],
    order: 10,
    Component: EpisodeTimeline,
  },
  {
    id: "details",
    label: (t) => t("clients.tabs.details"),
    access: ["full"],
    order: 70,
    Component: DetailsTab,
  },
  {
    id: "consents",
    label: (t) => t("clients.tabs.consents"),
    access: ["full"],
    order: 80,
    Component: ConsentsSection,
  },
  ...coachTabs,
];

/** The tabs this viewer sees, in order. */
export function tabsFor(access: ClientRecord["access"]): ClientTab[] {
  return clientTabs.filter((tab) => tab.access.includes(access)).sort((a, b) => a.order - b.order);
}
