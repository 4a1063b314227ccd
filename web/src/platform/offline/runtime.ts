import type { RecordActivity } from "../../activities/types.ts";
import { importDraftKey } from "./draft-crypto.ts";
import { type Draft, DraftQueue } from "./draft-queue.ts";
import { MemoryDraftStore } from "./draft-store.ts";
import { IdbDraftStore } from "./idb-draft-store.ts";
import { setPendingDrafts } from "./pending-drafts.ts";
import type { Transport } from "./transport.ts";

/**
 * The browser's offline queue of activity drafts (ADR 0016), loaded lazily: the session's key in
 * memory only (fetched again after a reload, dropped at sign-out), the sealed drafts in
 * IndexedDB, sent when the network returns (`online`) and whenever the signed-in frame starts.
 * It imports nothing the pages share (the app's API client comes in as a Transport), so loading
 * it does not reshape the first page's chunks (docs/performance.md budget).
 */
let key: CryptoKey | null = null;
let keyFetch: Promise<CryptoKey> | null = null;
let listening = false;
let refused = 0;

const store = typeof indexedDB === "undefined" ? new MemoryDraftStore() : new IdbDraftStore();
const queue = new DraftQueue<RecordActivity>(store, () => key);

function sessionKey(transport: Transport): Promise<CryptoKey> {
  if (key) return Promise.resolve(key);
  keyFetch ??= transport
    .fetchKey()
    .then(importDraftKey)
    .then((imported) => {
      key = imported;
      return imported;
    })
    .finally(() => {
      keyFetch = null;
    });
  return keyFetch;
}

/** Shows how many drafts wait; needs no key (the records are counted, not opened). */
async function showWaiting(): Promise<void> {
  setPendingDrafts({ waiting: await queue.count(), refused });
}

/** Keeps a draft that could not be sent; throws when there is no session key to seal it with. */
export async function queueActivity(draft: Draft<RecordActivity>, transport: Transport): Promise<void> {
  await sessionKey(transport);
  await queue.add(draft);
  await showWaiting();
}

/** Sends the waiting drafts, each under its own idempotency key; the rest wait for the next try. */
export async function sendWaiting(transport: Transport): Promise<void> {
  if ((await queue.count()) === 0) return showWaiting();
  try {
    await sessionKey(transport);
  } catch {
    return showWaiting(); // no network or no session: the drafts wait
  }
  refused += (await queue.flush(transport.send)).refused;
  await showWaiting();
}

/**
 * Starts the queue for a signed-in frame: fetches the session's key while the network is there
 * (a draft written offline later needs it), shows the count, sends now and whenever online again.
 */
export async function startOfflineQueue(transport: Transport): Promise<void> {
  if (!listening) {
    window.addEventListener("online", () => void sendWaiting(transport));
    listening = true;
  }
  await sessionKey(transport).catch(() => undefined);
  await sendWaiting(transport);
}

/** Sign-out: one last try to send, then the drafts' database is deleted and the key dropped. */
export async function clearOfflineQueue(transport: Transport): Promise<void> {
  await sendWaiting(transport).catch(() => undefined);
  key = null;
  refused = 0;
  await queue.clear();
  setPendingDrafts({ waiting: 0, refused: 0 });
}
