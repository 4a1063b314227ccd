import assert from "node:assert/strict";
import { randomUUID, webcrypto } from "node:crypto";
import { describe, it } from "node:test";
import { importDraftKey, seal, unseal } from "./draft-crypto.ts";
import { type Draft, DraftQueue, type SendOutcome } from "./draft-queue.ts";
import { MemoryDraftStore } from "./draft-store.ts";

const keyMaterial = () => Buffer.from(webcrypto.getRandomValues(new Uint8Array(32))).toString("base64");
const draft = (notes: string): Draft<{ notes: string }> => ({
  id: randomUUID(),
  clientId: randomUUID(),
  body: { notes },
});

async function setup() {
  const store = new MemoryDraftStore();
  let key: CryptoKey | null = await importDraftKey(keyMaterial());
  const queue = new DraftQueue<{ notes: string }>(store, () => key);
  const sent: Draft<{ notes: string }>[] = [];
  const sender =
    (outcomes: SendOutcome[] = []) =>
    async (d: Draft<{ notes: string }>) => {
      sent.push(d);
      return outcomes.shift() ?? "saved";
    };
  return { store, queue, sent, sender, setKey: (k: CryptoKey | null) => (key = k) };
}

describe("draft sealing", () => {
  it("round-trips a draft and keeps no word of it in the stored bytes", async () => {
    const key = await importDraftKey(keyMaterial());
    const sealed = await seal(key, "id-1", { notes: "Työhaastattelu sovittu" });
    assert.ok(!Buffer.from(sealed.data).toString("latin1").includes("Työhaastattelu"));
    assert.deepEqual(await unseal(key, "id-1", sealed), { notes: "Työhaastattelu sovittu" });
  });

  it("the key cannot be read out of the page (non-extractable)", async () => {
    const key = await importDraftKey(keyMaterial());
    assert.equal(key.extractable, false);
    await assert.rejects(webcrypto.subtle.exportKey("raw", key));
  });

  it("another key, another id or a changed byte does not open it", async () => {
    const key = await importDraftKey(keyMaterial());
    const sealed = await seal(key, "id-1", { notes: "x" });
    await assert.rejects(unseal(await importDraftKey(keyMaterial()), "id-1", sealed));
    await assert.rejects(unseal(key, "id-2", sealed));
    const bytes = new Uint8Array(sealed.data.slice(0));
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await assert.rejects(unseal(key, "id-1", { iv: sealed.iv, data: bytes.buffer }));
  });
});

describe("the draft queue", () => {
  it("stores drafts sealed and sends each once, oldest first, with its own id", async () => {
    const { queue, sent, sender, store } = await setup();
    const [a, b] = [draft("first"), draft("second")];
    await queue.add(a);
    await queue.add(b);
    assert.equal(await queue.count(), 2);
    assert.ok((await store.all()).every((s) => !("body" in s) && !("clientId" in s)));
    assert.deepEqual(await queue.flush(sender()), { saved: 2, refused: 0, unreadable: 0 });
    assert.deepEqual(sent, [a, b]);
    await queue.flush(sender());
    assert.equal(sent.length, 2, "a saved draft is not sent again");
    assert.equal(await queue.count(), 0);
  });

  it("two flushes at once send each draft once", async () => {
    const { queue, sent, sender } = await setup();
    await queue.add(draft("one"));
    await Promise.all([queue.flush(sender()), queue.flush(sender()), queue.flush(sender())]);
    assert.equal(sent.length, 1);
  });

  it("stops at 'later' and keeps that draft and the rest, to send with the same id", async () => {
    const { queue, sent, sender } = await setup();
    const [a, b] = [draft("a"), draft("b")];
    await queue.add(a);
    await queue.add(b);
    assert.deepEqual(await queue.flush(sender(["later"])), { saved: 0, refused: 0, unreadable: 0 });
    assert.equal(await queue.count(), 2);
    await queue.flush(sender());
    assert.deepEqual(
      sent.map((d) => d.id),
      [a.id, a.id, b.id],
    );
    assert.equal(await queue.count(), 0);
  });

  it("a draft the server refuses for good leaves the queue and is counted", async () => {
    const { queue, sender } = await setup();
    await queue.add(draft("a"));
    await queue.add(draft("b"));
    assert.deepEqual(await queue.flush(sender(["refused"])), { saved: 1, refused: 1, unreadable: 0 });
    assert.equal(await queue.count(), 0);
  });

  it("without a session key nothing is stored and nothing is sent", async () => {
    const { queue, sent, sender, setKey } = await setup();
    await queue.add(draft("kept"));
    setKey(null);
    await assert.rejects(queue.add(draft("no key")));
    assert.deepEqual(await queue.flush(sender()), { saved: 0, refused: 0, unreadable: 0 });
    assert.equal(sent.length, 0);
    assert.equal(await queue.count(), 1);
  });

  it("a draft sealed under an ended session's key is dropped as unreadable, not sent", async () => {
    const { queue, sent, sender, setKey } = await setup();
    await queue.add(draft("old session"));
    setKey(await importDraftKey(keyMaterial()));
    assert.deepEqual(await queue.flush(sender()), { saved: 0, refused: 0, unreadable: 1 });
    assert.equal(sent.length, 0);
  });

  it("clear deletes every draft (sign-out)", async () => {
    const { queue, sent, sender } = await setup();
    await queue.add(draft("a"));
    await queue.clear();
    assert.equal(await queue.count(), 0);
    await queue.flush(sender());
    assert.equal(sent.length, 0);
  });
});
