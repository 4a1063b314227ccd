import type { TFunction } from "i18next";
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from "react";
import { PageLoader } from "../platform/ui.tsx";
import type { ClientRecord } from "./types.ts";

/**
 * One tab of the client page. Features that belong to a client (activities, appointments, jobs
 * and work trials, studies, plans) add their tab to client-tabs.ts: an id (used in the URL,
 * `?tab=`), a label, and the component, which gets the record as the caller may see it. Kept apart
 * from the list so that the features' tab lists (activities/coach-tabs.tsx) and the client page's
 * list import it without importing each other.
 */
export type ClientTab = {
  id: string;
  label: (t: TFunction) => string;
  /** Tabs are shown in ascending order. */
  order: number;
  Component: ComponentType<{ client: ClientRecord }>;
};

type TabComponent = ClientTab["Component"];

/** Loads a tab's code when the tab is first opened, with a loader in the panel meanwhile. */
export function lazyTab(load: () => Promise<{ default: TabComponent }>): TabComponent {
  const Lazy: LazyExoticComponent<TabComponent> = lazy(load);
  return function LazyTab({ client }) {
    return (
      <Suspense fallback={<PageLoader />}>
        <Lazy client={client} />
      </Suspense>
    );
  };
}
