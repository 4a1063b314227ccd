import type { ErrorCode, FieldProblem } from "../../../../core/errors/codes.ts";

/** The one error type use cases throw; the HTTP layer maps its code to a status once. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: Record<string, FieldProblem>,
  ) {
    super(code);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("not_found");
export const forbidden = () => new AppError("forbidden");
export const conflict = (fields?: Record<string, FieldProblem>) => new AppError("conflict", fields);
export const invalid = (fields: Record<string, FieldProblem>) => new AppError("validation_failed", fields);
