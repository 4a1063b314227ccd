import type { offlineKey, requestOfflineKey } from "@core/contracts/offline";
import { post } from "./endpoint.ts";

/** The signed-in session's own resources. */
export const session = {
  /** This session's key for drafts kept on the device (ADR 0016); the same until sign-out. */
  offlineKey: post<typeof requestOfflineKey, typeof offlineKey>()(() => "/api/session/offline-key"),
};
