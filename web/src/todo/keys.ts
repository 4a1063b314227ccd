/** The one query-key factory of the to-do resource (no imports: the app's entry reads it). */
export const todoKeys = {
  all: ["todo"] as const,
  list: () => [...todoKeys.all, "list"] as const,
};
