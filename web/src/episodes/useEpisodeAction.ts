import { useMutation, useQueryClient } from "@tanstack/react-query";
import { clientChanged } from "../clients/queries.ts";
import type { ClientRecord } from "../clients/types.ts";
import { api } from "../platform/api.ts";

export type EpisodeAction = "decision" | "agreement" | "hold" | "assignment" | "closure";

/** Posts one episode action; the server answers with the whole record, which replaces the cached one. */
export function useEpisodeAction<Body>(
  clientId: string,
  episodeId: string | null,
  action: EpisodeAction | "re-referral",
  onDone: () => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) =>
      api<ClientRecord>(
        "POST",
        action === "re-referral"
          ? `/api/clients/${clientId}/episodes`
          : `/api/clients/${clientId}/episodes/${episodeId}/${action}`,
        body,
      ),
    onSuccess: (record) => {
      clientChanged(queryClient, record);
      onDone();
    },
  });
}
