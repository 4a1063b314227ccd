/**
 * Where sealed drafts wait (ADR 0016): IndexedDB in the browser (idb-draft-store.ts), memory in
 * tests. A record holds only its idempotency key, when it was queued and the ciphertext: which
 * client it is about and every word of it are inside the sealed bytes.
 */
export type SealedDraft = {
  /** The draft's idempotency key (a UUID), also the record's key in the store. */
  id: string;
  queuedAt: number;
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
};

export interface DraftStore {
  put(draft: SealedDraft): Promise<void>;
  /** Every waiting draft, oldest first. */
  all(): Promise<SealedDraft[]>;
  count(): Promise<number>;
  delete(id: string): Promise<void>;
  /** Deletes every draft and the store itself (sign-out). */
  destroy(): Promise<void>;
}

/** A store in memory, for tests and for a browser without IndexedDB. */
export class MemoryDraftStore implements DraftStore {
  private readonly drafts = new Map<string, SealedDraft>();
  async put(draft: SealedDraft) {
    this.drafts.set(draft.id, draft);
  }
  async all() {
    return [...this.drafts.values()].sort((a, b) => a.queuedAt - b.queuedAt);
  }
  async count() {
    return this.drafts.size;
  }
  async delete(id: string) {
    this.drafts.delete(id);
  }
  async destroy() {
    this.drafts.clear();
  }
}
