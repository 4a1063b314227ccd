import { seal, unseal } from "./draft-crypto.ts";
import type { DraftStore } from "./draft-store.ts";

/** What one draft asks the server to do: record an activity for a client. */
export type Draft<Body> = { id: string; clientId: string; body: Body };

/**
 * How a send ended: saved (or saved before: the idempotency key answers the first result),
 * refused by the server for good (the draft can never be saved: access gone, record closed), or
 * not now (no network, the server down or the session gone): try again later.
 */
export type SendOutcome = "saved" | "refused" | "later";

export type FlushResult = { saved: number; refused: number; unreadable: number };

/**
 * The offline queue's rules (ADR 0016), free of the browser: drafts are sealed before they are
 * stored, sent oldest first, each under its own idempotency key, and deleted once the server has
 * answered for them. One flush runs at a time, so a draft is not sent twice by this page.
 */
export class DraftQueue<Body> {
  private running: Promise<FlushResult> | null = null;

  constructor(
    private readonly store: DraftStore,
    private readonly key: () => CryptoKey | null,
  ) {}

  /** Seals and stores a draft; refuses when there is no session key (nothing is kept in clear). */
  async add(draft: Draft<Body>): Promise<void> {
    const key = this.key();
    if (!key) throw new Error("no offline key");
    const sealed = await seal(key, draft.id, { clientId: draft.clientId, body: draft.body });
    await this.store.put({ id: draft.id, queuedAt: Date.now(), ...sealed });
  }

  count(): Promise<number> {
    return this.store.count();
  }

  /** Sends what waits, oldest first, until the network or the server says "later". */
  flush(send: (draft: Draft<Body>) => Promise<SendOutcome>): Promise<FlushResult> {
    this.running ??= this.sendAll(send).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Deletes every draft and the store (sign-out). */
  async clear(): Promise<void> {
    await this.running?.catch(() => undefined);
    await this.store.destroy();
  }

  private async sendAll(send: (draft: Draft<Body>) => Promise<SendOutcome>): Promise<FlushResult> {
    const result: FlushResult = { saved: 0, refused: 0, unreadable: 0 };
    const key = this.key();
    if (!key) return result;
    for (const sealed of await this.store.all()) {
      let draft: Draft<Body>;
      try {
        const open = await unseal<{ clientId: string; body: Body }>(key, sealed.id, sealed);
        draft = { id: sealed.id, ...open };
      } catch {
        // Sealed under an ended session's key: no key will ever open it again (ADR 0016).
        await this.store.delete(sealed.id);
        result.unreadable++;
        continue;
      }
      const outcome = await send(draft);
      if (outcome === "later") break;
      await this.store.delete(sealed.id);
      result[outcome]++;
    }
    return result;
  }
}
