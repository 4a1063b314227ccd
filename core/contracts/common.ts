import { z } from "zod";

/** A UUID path or body parameter. */
export const uuid = z.uuid();
/** A user id (better-auth ids are opaque strings). */
export const userId = z.string().min(1).max(64);
/** PostgreSQL has no year 0: "0000-…" is well formed ISO 8601 but cannot be stored. */
const hasYear = (v: string) => !v.startsWith("0000");
export const isoDateTime = z.iso.datetime({ offset: true }).refine(hasYear, { message: "invalid_date" });
/** A calendar date (YYYY-MM-DD) that PostgreSQL can store. */
export const storableIsoDate = z.iso.date().refine(hasYear, { message: "invalid_date" });

/**
 * A number with at most `places` decimals, as a numeric(p, places) column stores it exactly:
 * without this the column rounds (0.04 hours → 0.0, which its own check then refuses).
 */
export function withDecimals(schema: z.ZodNumber, places: number) {
  const scale = 10 ** places;
  return schema.refine((v) => Math.abs(v * scale - Math.round(v * scale)) < 1e-6, {
    message: "too_precise",
    params: { decimals: places },
  });
}

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
