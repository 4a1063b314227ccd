import { z } from "zod";

/** A session's offline-draft key: 32 random bytes (AES-256-GCM) as base64 (ADR 0016). */
export const offlineKey = z.strictObject({ key: z.base64() });

/** Asking for the key takes nothing but the session (an empty JSON object). */
export const requestOfflineKey = z.strictObject({});
