import { ApiError } from "../platform/api.ts";
import { activities } from "../platform/client/activities.ts";
import { loadOfflineQueue, offlineTransport } from "../platform/offline/transport.ts";
import type { Activity, RecordActivity } from "./types.ts";

/**
 * Records a new activity under a fresh idempotency key. Without a network the draft goes into the
 * offline queue, sealed, under the same key (ADR 0016): had the request reached the server after
 * all, sending it again answers that first activity. Answers null when the draft was queued.
 */
export async function saveOrQueue(clientId: string, body: RecordActivity): Promise<Activity | null> {
  const id = crypto.randomUUID();
  try {
    return await activities.createOnce(clientId, id, body);
  } catch (error) {
    if (!(error instanceof ApiError && error.code === "network")) throw error;
    // No session key (it could not be fetched): nothing is kept in clear; the form says why.
    await loadOfflineQueue()
      .then((queue) => queue.queueActivity({ id, clientId, body }, offlineTransport(null)))
      .catch(() => {
        throw error;
      });
    return null;
  }
}
