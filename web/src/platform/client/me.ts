import type { me, updateMe } from "@core/contracts/platform";
import { get, patch } from "./endpoint.ts";

/** The signed-in person's own account. */
export const profile = {
  get: get<typeof me>()(() => "/api/me"),
  update: patch<typeof updateMe, typeof me>()(() => "/api/me"),
};
