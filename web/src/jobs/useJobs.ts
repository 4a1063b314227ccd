import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { clientKeys } from "../platform/client/clients.ts";
import { jobs, studies, workTrials } from "../platform/client/jobs.ts";
import type { EndJob, RecordJob, RecordStudy, RecordWorkTrial } from "./types.ts";

export function useJobs(clientId: string) {
  return useQuery({ queryKey: clientKeys.jobs(clientId), queryFn: () => jobs.list(clientId) });
}

export function useWorkTrials(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: clientKeys.workTrials(clientId),
    queryFn: () => workTrials.list(clientId),
    enabled,
  });
}

export function useStudies(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: clientKeys.studies(clientId),
    queryFn: () => studies.list(clientId),
    enabled,
  });
}

type Save<B> = { id: string | null; body: B };

/**
 * After a job, work trial or study is saved: its list, and the client record (jobs and studies
 * change the phase). A job made from a work trial links the trial, so both lists are refreshed.
 */
function useRefreshWork(clientId: string, keys: ReadonlyArray<readonly unknown[]>) {
  const client = useQueryClient();
  return () => {
    for (const queryKey of keys) void client.invalidateQueries({ queryKey });
    void client.invalidateQueries({ queryKey: clientKeys.record(clientId) });
  };
}

/** Saves (creates or corrects) a job. */
export function useSaveJob(clientId: string) {
  const onSuccess = useRefreshWork(clientId, [clientKeys.jobs(clientId), clientKeys.workTrials(clientId)]);
  return useMutation({
    mutationFn: ({ id, body }: Save<RecordJob>) =>
      id ? jobs.update(clientId, id, body) : jobs.create(clientId, body),
    onSuccess,
  });
}

export function useSaveWorkTrial(clientId: string) {
  const onSuccess = useRefreshWork(clientId, [clientKeys.workTrials(clientId)]);
  return useMutation({
    mutationFn: ({ id, body }: Save<RecordWorkTrial>) =>
      id ? workTrials.update(clientId, id, body) : workTrials.create(clientId, body),
    onSuccess,
  });
}

export function useSaveStudy(clientId: string) {
  const onSuccess = useRefreshWork(clientId, [clientKeys.studies(clientId)]);
  return useMutation({
    mutationFn: ({ id, body }: Save<RecordStudy>) =>
      id ? studies.update(clientId, id, body) : studies.create(clientId, body),
    onSuccess,
  });
}

export function useEndJob(clientId: string) {
  const onSuccess = useRefreshWork(clientId, [clientKeys.jobs(clientId)]);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: EndJob }) => jobs.end(clientId, id, body),
    onSuccess,
  });
}
