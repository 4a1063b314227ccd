/** The part of a to-do item the grouping reads (the list's items and the snoozed ones). */
type Groupable = { client: { id: string; name: string } | null };

/** Items of one client (or, `client: null`, the employer next steps made for nobody on the caseload). */
export type TodoClientGroup<T extends Groupable> = {
  id: string;
  client: { id: string; name: string } | null;
  items: T[];
};

/** How many rows a client's group shows before "show all": enough for one client's usual week. */
export const ROWS_SHOWN = 3;

/**
 * Groups items by client, in the order of each client's first item (the list comes earliest due
 * first, so the client with the oldest item comes first), items keeping their order. A coach with
 * sixteen overdue items reads them as a few clients, each with a count.
 */
export function groupByClient<T extends Groupable>(items: readonly T[]): TodoClientGroup<T>[] {
  const groups = new Map<string, TodoClientGroup<T>>();
  for (const item of items) {
    const id = item.client?.id ?? "none";
    const group = groups.get(id) ?? { id, client: item.client, items: [] };
    group.items.push(item);
    groups.set(id, group);
  }
  return [...groups.values()];
}
