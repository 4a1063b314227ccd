import type { Phase } from "@core/episodes/phase";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { caseloadKeys } from "../caseload/queries.ts";
import { clientKeys, clients } from "../platform/client/clients.ts";
import type { ClientRecord } from "./types.ts";

/** The clients the caller may see, optionally filtered by name/henkilötunnus and phase. */
export function useClientSearch(q: string, phase: Phase | "") {
  return useQuery({
    queryKey: clientKeys.search({ q, phase }),
    queryFn: () => clients.search({ q: q || undefined, phase: phase || undefined }),
  });
}

/** One client record, as much as the caller's access allows. */
export function useClient(clientId: string) {
  return useQuery({
    queryKey: clientKeys.record(clientId),
    queryFn: () => clients.get(clientId),
  });
}

/** After a change the server returns the whole record: show it and refresh the lists. */
export function clientChanged(client: QueryClient, record: ClientRecord) {
  client.setQueryData(clientKeys.record(record.id), record);
  void client.invalidateQueries({ queryKey: clientKeys.searches });
  void client.invalidateQueries({ queryKey: caseloadKeys.mine });
  void client.invalidateQueries({ queryKey: caseloadKeys.teams });
}

/** The pickers' search: up to 20 clients matching what was typed (two characters at least). */
export function useFindClients(q: string, enabled: boolean) {
  return useQuery({
    queryKey: clientKeys.search({ q, limit: 20 }),
    queryFn: () => clients.search({ q, limit: 20 }),
    enabled: enabled && q.length >= 2,
    staleTime: 30_000,
  });
}
