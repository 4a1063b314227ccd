import type { clientRecord, clientSearch, clientSummary, updateClient } from "@core/contracts/clients";
import type { z } from "zod";
import { clientPath, get, patch, search } from "./endpoint.ts";

/** One client's record and the caller's search of the clients they may see. */
export const clients = {
  search: search<z.ZodArray<typeof clientSummary>, typeof clientSearch>()(() => "/api/clients"),
  get: get<typeof clientRecord>()(clientPath),
  update: patch<typeof updateClient, typeof clientRecord>()(clientPath),
};

/**
 * Query keys of clients (issue 10): one record is cached under one key, and everything about one
 * client sits under `of(id)`, so invalidating it refreshes the record, its activities, jobs and
 * plans together; `record(id)` is the record alone. (Before, the record was `["clients", id]` and
 * its parts `["client", id, …]`: refreshing "the client" after a hire refreshed nothing.)
 */
export const clientKeys = {
  all: ["clients"] as const,
  searches: ["clients", "search"] as const,
  search: (params: { q?: string | undefined; phase?: string | undefined; limit?: number | undefined }) =>
    ["clients", "search", params] as const,
  of: (clientId: string) => ["clients", clientId] as const,
  record: (clientId: string) => ["clients", clientId, "record"] as const,
  activities: (clientId: string) => ["clients", clientId, "activities"] as const,
  jobs: (clientId: string) => ["clients", clientId, "jobs"] as const,
  workTrials: (clientId: string) => ["clients", clientId, "work-trials"] as const,
  studies: (clientId: string) => ["clients", clientId, "studies"] as const,
  plans: (clientId: string) => ["clients", clientId, "plans"] as const,
};
