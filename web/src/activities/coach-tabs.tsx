import { type ClientTab, lazyTab } from "../clients/client-tab.tsx";
import { loadFeatureMessages } from "../platform/i18n.ts";

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
    Component: lazyTab(() => import("../jobs/JobsTab.tsx")),
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
