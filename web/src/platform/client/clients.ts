import type { clientRecord, clientSearch, clientSummary, updateClient } from "@core/contracts/clients";
import type { z } from "zod";
import { clientPath, get, patch, search } from "./endpoint.ts";

/** One client's record and the caller's search of the clients they may see. */
export const clients = {
  search: search<z.ZodArray<typeof clientSummary>, typeof clientSearch>()(() => "/api/clients"),
  get: get<typeof clientRecord>()(clientPath),
  update: patch<typeof updateClient, typeof clientRecord>()(clientPath),
};
