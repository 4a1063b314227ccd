import type { auditPage, auditQuery, recordUsePage } from "@core/contracts/audit";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { api, query } from "../platform/api.ts";

/**
 * The audit feature's one API module: the organisation's audit log search and a client's use
 * log ("who has seen this record"). Types come from core/contracts/audit.ts. The server words
 * the rows in the reader's language, so the language is part of each key.
 */
export type AuditPage = z.infer<typeof auditPage>;
export type AuditEntry = AuditPage["events"][number];
export type AuditFilters = Omit<z.input<typeof auditQuery>, "before" | "limit">;
export type RecordUsePage = z.infer<typeof recordUsePage>;
export type RecordUseEntry = RecordUsePage["entries"][number];

export const auditKeys = {
  all: ["audit"] as const,
  search: (organisationId: string, filters: AuditFilters, language: string) =>
    [...auditKeys.all, "organisation", organisationId, language, filters] as const,
  recordUse: (clientId: string, language: string) =>
    [...auditKeys.all, "client", clientId, language] as const,
};

const pageSize = 50;

/** The organisation's audit log, newest first, a page at a time. */
export function useAuditSearch(organisationId: string, filters: AuditFilters) {
  const { i18n } = useTranslation();
  return useInfiniteQuery({
    queryKey: auditKeys.search(organisationId, filters, i18n.language),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api<AuditPage>(
        "GET",
        `/api/organisations/${organisationId}/audit${query({ ...filters, before: pageParam, limit: pageSize })}`,
      ),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

/** Who has read or changed the client's data, newest first, a page at a time. */
export function useRecordUse(clientId: string) {
  const { i18n } = useTranslation();
  return useInfiniteQuery({
    queryKey: auditKeys.recordUse(clientId, i18n.language),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api<RecordUsePage>(
        "GET",
        `/api/clients/${clientId}/record-use${query({ before: pageParam, limit: pageSize })}`,
      ),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}
