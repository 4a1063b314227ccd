import type { FastifyInstance } from "fastify";
import type { FieldProblem } from "../../../../core/errors/codes.ts";
import { AppError } from "./app-error.ts";

/** A high surrogate not followed by a low one, or a low surrogate not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * PostgreSQL refuses U+0000 in text and in jsonb, and a lone UTF-16 surrogate (valid in JSON and
 * JavaScript) cannot be encoded as UTF-8: text would silently store U+FFFD, jsonb fails. Neither
 * is anything a person means to type, so every string (and object key) is refused at the edge.
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

/** The dotted path of the first string (or key) in `value` that cannot be stored; null if none. */
export function findUnstorableText(value: unknown, path = ""): string | null {
  if (typeof value === "string") return isStorableText(value) ? null : path;
  if (typeof value !== "object" || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    // A bad key is reported on its parent: echoing it back would echo the bad character.
    if (!isStorableText(key)) return path;
    const found = findUnstorableText(item, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Checks params, query and body of every route (the better-auth bridge included) before
 * validation. A path parameter with such a character names no record (404, as any malformed id);
 * query and body get 400 validation_failed naming the field and saying what to fix.
 */
export function refuseUnstorableText(app: FastifyInstance) {
  app.addHook("preValidation", async (request) => {
    if (findUnstorableText(request.params) !== null) throw new AppError("not_found");
    for (const part of [request.query, request.body]) {
      const field = findUnstorableText(part);
      if (field === null) continue;
      const fields: Record<string, FieldProblem> = { [field || "_"]: { key: "invalid_characters" } };
      throw new AppError("validation_failed", fields);
    }
  });
}
