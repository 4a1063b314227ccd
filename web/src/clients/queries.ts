import type { Phase } from "@core/episodes/phase";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { ApiError } from "../platform/api.ts";
import { clients } from "../platform/client/clients.ts";
import { queryKeys } from "../platform/client/keys.ts";
import type { ClientRecord } from "./types.ts";

/** Client errors (404 not visible, 403) are answers, not glitches: do not retry them. */
const retry = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 1;

/** The clients the caller may see, optionally filtered by name/henkilötunnus and phase. */
export function useClientSearch(q: string, phase: Phase | "") {
  return useQuery({
    queryKey: queryKeys.clients.search({ q, phase }),
    queryFn: () => clients.search({ q: q || undefined, phase: phase || undefined }),
    retry,
  });
}

/** One client record, as much as the caller's access allows. */
export function useClient(clientId: string) {
  return useQuery({
    queryKey: queryKeys.client.record(clientId),
    queryFn: () => clients.get(clientId),
    retry,
  });
}

/** After a change the server returns the whole record: show it and refresh the lists. */
export function clientChanged(client: QueryClient, record: ClientRecord) {
  client.setQueryData(queryKeys.client.record(record.id), record);
  void client.invalidateQueries({ queryKey: queryKeys.clients.searches });
  void client.invalidateQueries({ queryKey: queryKeys.caseload });
  void client.invalidateQueries({ queryKey: queryKeys.teamCaseloads });
}

/** The pickers' search: up to 20 clients matching what was typed (two characters at least). */
export function useFindClients(q: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.clients.search({ q, limit: 20 }),
    queryFn: () => clients.search({ q, limit: 20 }),
    enabled: enabled && q.length >= 2,
    staleTime: 30_000,
  });
}
