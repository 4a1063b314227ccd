import type { IndustrySection } from "@core/employers/tol2008";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, query } from "../platform/api.ts";
import type {
  ContactPerson,
  ContactPersonInput,
  CreateEmployer,
  EmployerDetail,
  EmployerHistory,
  EmployerListItem,
  ImportReport,
  UpdateContactPerson,
  UpdateEmployer,
} from "./types.ts";

/** The register's API root for one organisation. */
export const employersPath = (organisationId: string) => `/api/organisations/${organisationId}/employers`;
export const employersKey = (organisationId: string) =>
  ["organisation", organisationId, "employers"] as const;
const employerKey = (organisationId: string, employerId: string) =>
  [...employersKey(organisationId), "detail", employerId] as const;

export type EmployerFilter = { q: string; industry: IndustrySection | ""; includeArchived: boolean };

/** The register, filtered by name or business ID and industry; the most recently contacted first. */
export function useEmployerList(organisationId: string, filter: EmployerFilter) {
  return useQuery({
    queryKey: [...employersKey(organisationId), "list", filter],
    queryFn: () =>
      api<EmployerListItem[]>(
        "GET",
        `${employersPath(organisationId)}${query({
          q: filter.q,
          industry: filter.industry,
          includeArchived: filter.includeArchived ? "true" : undefined,
        })}`,
      ),
    staleTime: 15_000,
  });
}

export function useEmployer(organisationId: string, employerId: string) {
  return useQuery({
    queryKey: employerKey(organisationId, employerId),
    queryFn: () => api<EmployerDetail>("GET", `${employersPath(organisationId)}/${employerId}`),
    enabled: Boolean(organisationId && employerId),
  });
}

export function useEmployerHistory(organisationId: string, employerId: string) {
  return useQuery({
    queryKey: [...employerKey(organisationId, employerId), "history"],
    queryFn: () => api<EmployerHistory>("GET", `${employersPath(organisationId)}/${employerId}/history`),
  });
}

/** Creates an employer, or edits one when an id is given; refreshes the register. */
export function useSaveEmployer(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateEmployer | UpdateEmployer }) =>
      id
        ? api<EmployerDetail>("PATCH", `${employersPath(organisationId)}/${id}`, body)
        : api<EmployerDetail>("POST", employersPath(organisationId), body),
    onSuccess: (saved) => {
      client.setQueryData(employerKey(organisationId, saved.id), saved);
      void client.invalidateQueries({ queryKey: employersKey(organisationId) });
    },
  });
}

/** Adds or edits (or archives) one contact person of an employer. */
export function useSaveContactPerson(organisationId: string, employerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: ContactPersonInput | UpdateContactPerson }) =>
      id
        ? api<ContactPerson>(
            "PATCH",
            `${employersPath(organisationId)}/${employerId}/contact-persons/${id}`,
            body,
          )
        : api<ContactPerson>("POST", `${employersPath(organisationId)}/${employerId}/contact-persons`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: employerKey(organisationId, employerId) }),
  });
}

/** Checks (dry run) or imports a CSV file of employers. */
export function useImportEmployers(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { csv: string; dryRun: boolean }) =>
      api<ImportReport>("POST", `${employersPath(organisationId)}/import`, body),
    onSuccess: (report) => {
      if (!report.dryRun) void client.invalidateQueries({ queryKey: employersKey(organisationId) });
    },
  });
}

/** When a business ID is already in the register: the employer that has it, to link to. */
export async function findByBusinessId(
  organisationId: string,
  businessId: string,
): Promise<EmployerListItem | null> {
  const found = await api<EmployerListItem[]>(
    "GET",
    `${employersPath(organisationId)}${query({ q: businessId, includeArchived: "true" })}`,
  );
  return found.find((e) => e.businessId === businessId) ?? found[0] ?? null;
}
