/**
 * What the frame shows about the offline queue (ADR 0016): drafts waiting to be sent, and drafts
 * the server refused when they were sent. Plain state without React, so that the lazily loaded
 * queue (runtime.ts) shares no module with the pages' chunks (the first page's budget).
 */
export type PendingDrafts = { waiting: number; refused: number };

let state: PendingDrafts = { waiting: 0, refused: 0 };
const listeners = new Set<() => void>();

export function setPendingDrafts(next: Partial<PendingDrafts>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export const pendingDrafts = {
  get: () => state,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
