import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from "react";
import type { ClientTab } from "../clients/client-tabs.ts";
import type { ClientRecord } from "../clients/types.ts";
import { loadFeatureMessages } from "../platform/i18n.ts";
import { PageLoader } from "../platform/ui.tsx";

type TabComponent = ComponentType<{ client: ClientRecord }>;

/** Loads a tab's code when the tab is first opened, with a loader in the panel meanwhile. */
function lazyTab(load: () => Promise<{ default: TabComponent }>): TabComponent {
  const Lazy: LazyExoticComponent<TabComponent> = lazy(load);
  return function LazyTab({ client }) {
    return (
      <Suspense fallback={<PageLoader />}>
        <Lazy client={client} />
      </Suspense>
    );
  };
}

/** The coach's tabs on the client page: contacts (activities), work, plans, documents, who has seen the record. */
export const coachTabs: ClientTab[] = [
  {
    id: "contacts",
    label: (t) => t("activitiesUi.tab"),
    order: 20,
    Component: lazyTab(() => import("./ContactsTab.tsx")),
  },
  {
    id: "work",
    label: (t) => t("workUi.tab"),
    order: 40,
    Component: lazyTab(() => import("../work/WorkTab.tsx")),
  },
  {
    id: "plans",
    label: (t) => t("plansUi.tab"),
    order: 60,
    Component: lazyTab(() => import("../plans/PlansTab.tsx")),
  },
  {
    id: "record-use",
    label: (t) => t("audit.recordUse.tab"),
    order: 90,
    Component: lazyTab(() => import("../audit/RecordUseTab.tsx")),
  },
  {
    id: "documents",
    label: (t) => t("clients.tabs.documents"),
    order: 65,
    // The tab's messages are a catalogue of their own, fetched with its code (core/i18n/types.ts).
    Component: lazyTab(() =>
      loadFeatureMessages("documents").then(() => import("../documents/DocumentsTab.tsx")),
    ),
  },
];
