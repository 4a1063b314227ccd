/**
 * Moves focus once the page has settled: after a dialog closed (its own focus return runs in a
 * timeout too) and after the control that had focus left the page (a saved form, a corrected row,
 * a busy button). Without this, keyboard and screen-reader users are left on the document body
 * and start again from the top (WCAG 2.4.3 focus order).
 */
export function focusSoon(find: () => HTMLElement | null | undefined): void {
  window.setTimeout(() => find()?.focus(), 0);
}

/** A heading or region that focus may be moved to by the app, but that is not a tab stop. */
export const focusTarget = { tabIndex: -1, style: { outlineOffset: 4 } } as const;
