/** The one query-key factory of the to-do resource (no imports: the app's entry reads it). */
export const todoKeys = {
  all: ["todo"] as const,
  list: () => [...todoKeys.all, "list"] as const,
  due: (from: string, to: string) => [...todoKeys.all, "due", from, to] as const,
};
