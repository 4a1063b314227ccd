/**
 * Drafts are sealed with AES-256-GCM under the session's key (ADR 0016). The key comes from the
 * server after sign-in and is imported non-extractable, so script on the page can use it but not
 * read it out, and it lives in memory only: IndexedDB never holds it. The draft's id is bound in as
 * additional data, so a ciphertext moved under another record's id does not open.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Imports the server's base64 key material as a non-extractable AES-GCM key. */
export function importDraftKey(base64: string): Promise<CryptoKey> {
  const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return crypto.subtle.importKey("raw", raw, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
}

export async function seal(key: CryptoKey, id: string, value: unknown) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: encoder.encode(id) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

/** Opens a sealed value; throws when the key, the id or the bytes are not the sealed ones. */
export async function unseal<T>(
  key: CryptoKey,
  id: string,
  sealed: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer },
) {
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: sealed.iv, additionalData: encoder.encode(id) },
    key,
    sealed.data,
  );
  return JSON.parse(decoder.decode(plain)) as T;
}
