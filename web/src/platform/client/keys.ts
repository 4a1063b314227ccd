/**
 * Query keys, one factory per resource (issue 10), so one record is cached under one key and an
 * invalidation reaches every list that shows it. Everything about one client sits under
 * `["clients", id]`: invalidating `queryKeys.client.all(id)` refreshes the record, its
 * activities, jobs, plans and appointments together; `queryKeys.client.record(id)` is the record
 * alone. (Before, the record was `["clients", id]` and its parts `["client", id, …]`, so
 * refreshing "the client" after a hire refreshed nothing.)
 */
export const queryKeys = {
  /** The signed-in person (null when signed out). */
  me: ["me"] as const,
  clients: {
    all: ["clients"] as const,
    searches: ["clients", "search"] as const,
    search: (params: { q?: string | undefined; phase?: string | undefined; limit?: number | undefined }) =>
      ["clients", "search", params] as const,
  },
  client: {
    all: (clientId: string) => ["clients", clientId] as const,
    record: (clientId: string) => ["clients", clientId, "record"] as const,
    activities: (clientId: string) => ["clients", clientId, "activities"] as const,
    jobs: (clientId: string) => ["clients", clientId, "jobs"] as const,
    workTrials: (clientId: string) => ["clients", clientId, "work-trials"] as const,
    studies: (clientId: string) => ["clients", clientId, "studies"] as const,
    plans: (clientId: string) => ["clients", clientId, "plans"] as const,
  },
  /** Appointments: the coach's weeks and a client's list, refreshed together after any change. */
  appointments: {
    all: ["appointments"] as const,
    week: (monday: string) => ["appointments", "week", monday] as const,
    ofClient: (clientId: string) => ["appointments", "client", clientId] as const,
  },
  caseload: ["caseload"] as const,
  teamCaseloads: ["team-caseloads"] as const,
  organisation: {
    employers: (organisationId: string) => ["organisation", organisationId, "employers"] as const,
  },
};
