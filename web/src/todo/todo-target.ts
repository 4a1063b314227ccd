import type { TodoItem } from "./queries.ts";

/** Where an item is done: the client's tab, or a new contact with the employer. */
export function todoHref(target: TodoItem["target"]): string {
  if (target.kind === "client") return `/clients/${target.clientId}?tab=${target.tab}`;
  return `/organisations/${target.organisationId}/employer-contacts/new?employerId=${target.employerId}`;
}
