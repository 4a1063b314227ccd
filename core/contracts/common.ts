import { z } from "zod";

/** A UUID path or body parameter. */
export const uuid = z.uuid();
/** A user id (better-auth ids are opaque strings). */
export const userId = z.string().min(1).max(64);
export const isoDateTime = z.iso.datetime({ offset: true });

export const organisationParams = z.strictObject({ organisationId: uuid });
export const teamParams = z.strictObject({ organisationId: uuid, teamId: uuid });
export const userParams = z.strictObject({ organisationId: uuid, userId });

/** The error body every failing route returns (see core/errors/codes.ts). */
export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
