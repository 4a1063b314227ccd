import { Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { pendingDrafts } from "./pending-drafts.ts";
import { loadOfflineQueue, offlineTransport } from "./transport.ts";

/**
 * The signed-in frame's word on the offline queue (ADR 0016): how many notes wait to be sent, and
 * how many the server refused. It starts the queue (send now, and again when the network
 * returns) and registers the service worker that keeps the app shell for offline use.
 */
export function OfflineQueueNotice() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { waiting, refused } = useSyncExternalStore(pendingDrafts.subscribe, pendingDrafts.get);

  useEffect(() => {
    // The queue loads after the frame has shown (the first page's budget).
    void loadOfflineQueue()
      .then((queue) => queue.startOfflineQueue(offlineTransport(client)))
      .catch(() => undefined);
    // Built by vite-plugin-pwa (web/vite.config.ts); absent under the dev server, which is fine.
    void navigator.serviceWorker?.register("/sw.js", { scope: "/" }).catch(() => undefined);
  }, [client]);

  if (!waiting && !refused) return null;
  return (
    <Stack role="status" gap="xs" mb="sm" data-testid="offline-queue">
      {waiting > 0 ? (
        <Text size="sm">
          <strong>{t("offline.waiting", { count: waiting })}</strong> {t("offline.waitingHelp")}
        </Text>
      ) : null}
      {refused > 0 ? (
        <Text size="sm" c="red.9">
          <strong>{t("offline.refused", { count: refused })}</strong> {t("offline.refusedHelp")}
        </Text>
      ) : null}
    </Stack>
  );
}
