import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { api } from "../platform/api.ts";
import { loadOfflineQueue, offlineTransport } from "../platform/offline/transport.ts";
import { meKey } from "../platform/session.ts";
import { setSessionHint } from "../platform/session-hint.ts";

/**
 * Ends the session, forgets every cached answer and shows the sign-in page. Notes waiting in the
 * offline queue get one last try, then their store is deleted and the key dropped (ADR 0016); the
 * server deletes the session's key with the session.
 */
export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    await loadOfflineQueue()
      .then((queue) => queue.clearOfflineQueue(offlineTransport(client)))
      .catch(() => undefined);
    // A plain call to better-auth's endpoint: the signed-in pages do not load its client library.
    await api<unknown>("POST", "/api/auth/sign-out", {});
    setSessionHint(false);
    client.clear();
    client.setQueryData(meKey, null);
    navigate("/sign-in", { replace: true, state: { signedOut: true } });
  };
}
