/**
 * What a consent shows a treatment team (the shared view), kind by kind, with where each kind is
 * shown: the page header or a tab. The banner lists these kinds and the shared viewer gets
 * exactly the tabs named here, so the banner cannot promise less (or more) than the page shows.
 * The server decides the content of each kind; this list only names it.
 */
export const sharedViewKinds = [
  { kind: "status", shownIn: "header" },
  { kind: "coach", shownIn: "header" },
  { kind: "episodes", shownIn: "episodes" },
  { kind: "sharedNotes", shownIn: "contacts" },
  { kind: "appointments", shownIn: "contacts" },
  { kind: "jobs", shownIn: "work" },
] as const;

export type SharedViewKind = (typeof sharedViewKinds)[number]["kind"];

/** True when the shared view shows the tab with this id. */
export function sharedViewShowsTab(tabId: string): boolean {
  return sharedViewKinds.some((k) => k.shownIn === tabId);
}

/** The banner's list of kinds, joined as a list in the UI language ("a, b and c"). */
export function sharedViewList(label: (kind: SharedViewKind) => string, locale: string): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(
    sharedViewKinds.map((k) => label(k.kind)),
  );
}
