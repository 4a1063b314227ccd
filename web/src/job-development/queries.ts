import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { employersKey } from "../employers/queries.ts";
import { ApiError, api, query } from "../platform/api.ts";
import { clientKeys } from "../platform/client/clients.ts";
import { jobLeads } from "../platform/client/employers.ts";
import type {
  CandidateSuggestion,
  CreateJobLead,
  DisclosureWarning,
  EmployerContact,
  JobLead,
  RecordEmployerContact,
  RecordedContact,
  SetCandidateStage,
  UpdateJobLead,
  WeeklyPicture,
} from "./types.ts";

const org = (organisationId: string) => `/api/organisations/${organisationId}`;
const leadsKey = (organisationId: string) => ["organisation", organisationId, "job-leads"] as const;
export const leadKey = (organisationId: string, leadId: string) =>
  [...leadsKey(organisationId), leadId] as const;
const retry = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 1;

/** The caller's (and, for a team lead, their teams') job development over the last weeks. */
export function useWeeklyPicture(weeks = 12) {
  return useQuery({
    queryKey: ["job-development", "weekly", weeks],
    queryFn: () => api<WeeklyPicture>("GET", `/api/job-development/weekly${query({ weeks })}`),
    retry,
  });
}

/** Recent contacts, e.g. to put the employers the coach met lately first in the picker. */
export function useRecentContacts(organisationId: string) {
  return useQuery({
    queryKey: ["organisation", organisationId, "employer-contacts", "recent"],
    queryFn: () =>
      api<EmployerContact[]>("GET", `${org(organisationId)}/employer-contacts${query({ limit: 30 })}`),
    retry,
    staleTime: 60_000,
  });
}

/** Which of the chosen job seekers have not allowed health to be discussed with this employer. */
export function useDisclosureCheck(organisationId: string, employerId: string | null, clientIds: string[]) {
  const ids = [...clientIds].sort();
  return useQuery({
    queryKey: ["organisation", organisationId, "disclosure-check", employerId, ids],
    queryFn: () => {
      const search = new URLSearchParams({ employerId: employerId ?? "" });
      for (const id of ids) search.append("clientIds", id);
      return api<DisclosureWarning[]>(
        "GET",
        `${org(organisationId)}/employer-contacts/disclosure-check?${search}`,
      );
    },
    enabled: Boolean(employerId) && ids.length > 0,
    retry,
  });
}

export function useRecordContact(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordEmployerContact) =>
      api<RecordedContact>("POST", `${org(organisationId)}/employer-contacts`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["job-development"] });
      void client.invalidateQueries({ queryKey: ["organisation", organisationId, "employer-contacts"] });
      void client.invalidateQueries({ queryKey: employersKey(organisationId) });
    },
  });
}

export function useJobLeads(organisationId: string, employerId?: string) {
  return useQuery({
    queryKey: [...leadsKey(organisationId), "list", employerId ?? null],
    queryFn: () => api<JobLead[]>("GET", `${org(organisationId)}/job-leads${query({ employerId })}`),
    retry,
  });
}

export function useJobLead(organisationId: string, leadId: string) {
  return useQuery({
    queryKey: leadKey(organisationId, leadId),
    queryFn: () => api<JobLead>("GET", `${org(organisationId)}/job-leads/${leadId}`),
    retry,
  });
}

export function useSuggestions(organisationId: string, leadId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...leadKey(organisationId, leadId), "suggestions"],
    queryFn: () =>
      api<CandidateSuggestion[]>("GET", `${org(organisationId)}/job-leads/${leadId}/suggestions`),
    enabled,
    retry,
  });
}

/** Every change to a lead answers with the whole lead: show it and refresh lists and counts. */
function useLeadMutation<V>(
  organisationId: string,
  call: (v: V) => Promise<JobLead>,
  clientOf?: (v: V) => string | null,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (lead, variables) => {
      client.setQueryData(leadKey(organisationId, lead.id), lead);
      void client.invalidateQueries({ queryKey: leadsKey(organisationId) });
      void client.invalidateQueries({ queryKey: ["job-development"] });
      void client.invalidateQueries({ queryKey: employersKey(organisationId) });
      const clientId = clientOf?.(variables);
      if (clientId) {
        // A hire records a job and changes the phase: the record and its job list together.
        void client.invalidateQueries({ queryKey: clientKeys.of(clientId) });
      }
    },
  });
}

export const useCreateLead = (organisationId: string) =>
  useLeadMutation(organisationId, (body: CreateJobLead) =>
    api<JobLead>("POST", `${org(organisationId)}/job-leads`, body),
  );

export const useUpdateLead = (organisationId: string, leadId: string) =>
  useLeadMutation(organisationId, (body: UpdateJobLead) =>
    api<JobLead>("PATCH", `${org(organisationId)}/job-leads/${leadId}`, body),
  );

export const useAddCandidate = (organisationId: string, leadId: string) =>
  useLeadMutation(
    organisationId,
    (clientId: string) =>
      api<JobLead>("POST", `${org(organisationId)}/job-leads/${leadId}/candidates`, { clientId }),
    (clientId) => clientId,
  );

export const useSetStage = (organisationId: string, leadId: string) =>
  useLeadMutation(
    organisationId,
    ({ clientId, body }: { clientId: string; body: SetCandidateStage }) =>
      jobLeads.setStage(organisationId, leadId, clientId, body),
    (v) => v.clientId,
  );
