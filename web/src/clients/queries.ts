import type { Phase } from "@core/episodes/phase";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { ApiError, api, query } from "../platform/api.ts";
import type { ClientRecord, ClientSummary } from "./types.ts";

export const clientsKey = ["clients"] as const;
export const clientKey = (clientId: string) => ["clients", clientId] as const;

/** Client errors (404 not visible, 403) are answers, not glitches: do not retry them. */
const retry = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 1;

/** The clients the caller may see, optionally filtered by name/henkilötunnus and phase. */
export function useClientSearch(q: string, phase: Phase | "") {
  return useQuery({
    queryKey: [...clientsKey, "search", { q, phase }],
    queryFn: () => api<ClientSummary[]>("GET", `/api/clients${query({ q, phase })}`),
    retry,
  });
}

/** One client record, as much as the caller's access allows. */
export function useClient(clientId: string) {
  return useQuery({
    queryKey: clientKey(clientId),
    queryFn: () => api<ClientRecord>("GET", `/api/clients/${encodeURIComponent(clientId)}`),
    retry,
  });
}

/** After a change the server returns the whole record: show it and refresh the lists. */
export function clientChanged(client: QueryClient, record: ClientRecord) {
  client.setQueryData(clientKey(record.id), record);
  void client.invalidateQueries({ queryKey: [...clientsKey, "search"] });
  void client.invalidateQueries({ queryKey: ["caseload"] });
  void client.invalidateQueries({ queryKey: ["team-caseloads"] });
}
