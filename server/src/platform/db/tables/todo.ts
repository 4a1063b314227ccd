import type { CreatedAt, DateColumn } from "./columns.ts";

/** A coach's snooze of one to-do item instance (migration 0013). */
export type TodoSnoozeTable = {
  user_id: string;
  item_key: string;
  until: DateColumn;
  created_at: CreatedAt;
};
