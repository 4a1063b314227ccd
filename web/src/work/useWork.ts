import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { clientKey } from "../clients/queries.ts";
import { api } from "../platform/api.ts";
import type {
  EndJob,
  FullJob,
  JobListItem,
  RecordJob,
  RecordStudy,
  RecordWorkTrial,
  Study,
  WorkTrial,
} from "./types.ts";

type Kind = "jobs" | "work-trials" | "studies";
const key = (clientId: string, kind: Kind) => ["client", clientId, kind] as const;

export function useJobs(clientId: string) {
  return useQuery({
    queryKey: key(clientId, "jobs"),
    queryFn: () => api<JobListItem[]>("GET", `/api/clients/${clientId}/jobs`),
  });
}

export function useWorkTrials(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: key(clientId, "work-trials"),
    queryFn: () => api<WorkTrial[]>("GET", `/api/clients/${clientId}/work-trials`),
    enabled,
  });
}

export function useStudies(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: key(clientId, "studies"),
    queryFn: () => api<Study[]>("GET", `/api/clients/${clientId}/studies`),
    enabled,
  });
}

/**
 * Saves (creates or corrects) a job, work trial or study. Jobs and studies change the client's
 * phase, so the client record is refreshed too.
 */
export function useSaveWork<T, B>(clientId: string, kind: Kind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: B }) =>
      id
        ? api<T>("PATCH", `/api/clients/${clientId}/${kind}/${id}`, body)
        : api<T>("POST", `/api/clients/${clientId}/${kind}`, body),
    onSuccess: () => {
      // A job made from a work trial links the trial, so both lists are refreshed.
      void client.invalidateQueries({ queryKey: key(clientId, kind) });
      if (kind === "jobs") void client.invalidateQueries({ queryKey: key(clientId, "work-trials") });
      void client.invalidateQueries({ queryKey: clientKey(clientId) });
    },
  });
}

export const useSaveJob = (clientId: string) => useSaveWork<FullJob, RecordJob>(clientId, "jobs");
export const useSaveWorkTrial = (clientId: string) =>
  useSaveWork<WorkTrial, RecordWorkTrial>(clientId, "work-trials");
export const useSaveStudy = (clientId: string) => useSaveWork<Study, RecordStudy>(clientId, "studies");

export function useEndJob(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: EndJob }) =>
      api<FullJob>("POST", `/api/clients/${clientId}/jobs/${id}/ending`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: key(clientId, "jobs") });
      void client.invalidateQueries({ queryKey: clientKey(clientId) });
    },
  });
}
