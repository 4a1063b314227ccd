import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../platform/api.ts";
import { clientKeys } from "../platform/client/clients.ts";
import type { Plan, PlanContent, PlanKind, PlanVersion } from "./types.ts";

const planKey = (clientId: string, kind: PlanKind) => [...clientKeys.plans(clientId), kind] as const;

/** The latest version of a plan and the list of all its versions. */
export function usePlan<K extends PlanKind>(clientId: string, kind: K) {
  return useQuery({
    queryKey: planKey(clientId, kind),
    queryFn: () => api<Plan<K>>("GET", `/api/clients/${clientId}/plans/${kind}`),
  });
}

/** One earlier version, read on demand. */
export function usePlanVersion<K extends PlanKind>(clientId: string, kind: K, version: number | null) {
  return useQuery({
    queryKey: [...planKey(clientId, kind), "version", version],
    queryFn: () => api<PlanVersion<K>>("GET", `/api/clients/${clientId}/plans/${kind}/versions/${version}`),
    enabled: version !== null,
  });
}

/** Saving never overwrites: each save is a new version. A career profile can change the phase. */
export function useSavePlan<K extends PlanKind>(clientId: string, kind: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (content: PlanContent<K>) =>
      api<PlanVersion<K>>("POST", `/api/clients/${clientId}/plans/${kind}`, { content }),
    // Waits for the refreshed plan, so the new version shows as soon as saving is reported.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: planKey(clientId, kind) }),
        client.invalidateQueries({ queryKey: clientKeys.record(clientId) }),
      ]),
  });
}
