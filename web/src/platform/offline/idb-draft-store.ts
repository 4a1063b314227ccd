import type { DraftStore, SealedDraft } from "./draft-store.ts";

const DATABASE = "polku-offline";
const STORE = "drafts";

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** The browser's store of sealed drafts: one IndexedDB database, deleted whole at sign-out. */
export class IdbDraftStore implements DraftStore {
  private opened: Promise<IDBDatabase> | null = null;

  private database(): Promise<IDBDatabase> {
    this.opened ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "id" });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return this.opened;
  }

  private async store(mode: IDBTransactionMode) {
    return (await this.database()).transaction(STORE, mode).objectStore(STORE);
  }

  async put(draft: SealedDraft) {
    await done((await this.store("readwrite")).put(draft));
  }
  async all() {
    const drafts = (await done((await this.store("readonly")).getAll())) as SealedDraft[];
    return drafts.sort((a, b) => a.queuedAt - b.queuedAt);
  }
  async count() {
    return done((await this.store("readonly")).count());
  }
  async delete(id: string) {
    await done((await this.store("readwrite")).delete(id));
  }
  async destroy() {
    if (this.opened) (await this.opened).close();
    this.opened = null;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DATABASE);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      // Another tab holds it open: it is deleted as soon as that tab lets go.
      request.onblocked = () => resolve();
    });
  }
}
