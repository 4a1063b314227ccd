import type { QueryClient } from "@tanstack/react-query";
import type { RecordActivity } from "../../activities/types.ts";
import { ApiError } from "../api.ts";
import { activities } from "../client/activities.ts";
import { clientKeys } from "../client/clients.ts";
import { session } from "../client/session.ts";
import { loadFeatureMessages } from "../i18n.ts";
import type { Draft, SendOutcome } from "./draft-queue.ts";

/** What the lazily loaded queue (runtime.ts) needs from the app, handed in by its callers. */
export type Transport = {
  /** This session's key material (base64); throws without a network or a session. */
  fetchKey: () => Promise<string>;
  send: (draft: Draft<RecordActivity>) => Promise<SendOutcome>;
};

/** A 4xx other than 401/408/429 is the server's final answer about a draft. */
function outcomeOf(error: unknown): SendOutcome {
  if (!(error instanceof ApiError)) return "later";
  const final = error.status >= 400 && error.status < 500 && ![401, 408, 429].includes(error.status);
  return final ? "refused" : "later";
}

/** Sends drafts through the typed client under their idempotency keys; refreshes what they change. */
export function offlineTransport(queryClient: QueryClient | null): Transport {
  return {
    fetchKey: async () => (await session.offlineKey({})).key,
    send: async (draft) => {
      try {
        await activities.createOnce(draft.clientId, draft.id, draft.body);
        void queryClient?.invalidateQueries({ queryKey: clientKeys.activities(draft.clientId) });
        return "saved";
      } catch (error) {
        return outcomeOf(error);
      }
    },
  };
}

/** The queue's code, with its own messages (a feature catalogue, not the first page's). */
export async function loadOfflineQueue() {
  const [runtime] = await Promise.all([import("./runtime.ts"), loadFeatureMessages("offline")]);
  return runtime;
}
