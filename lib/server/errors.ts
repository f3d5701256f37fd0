// AppError: thrown by use-cases, turned into a response in exactly one place.
import { errorBody, ERROR_INFO, type AppErrorCode } from "@/lib/domain/errors";
import { logger } from "@/lib/server/log/logger";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** Safe, non-identifying detail for the clinician (e.g. the practice name). Never patient data. */
    readonly detail?: string,
    readonly fields?: Record<string, string>,
  ) {
    super(code);
    this.name = "AppError";
  }
}

export function errorResponse(code: AppErrorCode, detail?: string, fields?: Record<string, string>): Response {
  return Response.json(errorBody(code, detail, fields), {
    status: ERROR_INFO[code].status,
    headers: { "Cache-Control": "no-store" },
  });
}

/**
 * A database that cannot be reached or refuses: Prisma's own errors, a statement on the direct path
 * (lib/server/db/direct-sql.ts, DirectSqlError), or a driver's connection failure.
 */
export function isDatabaseError(error: unknown): boolean {
  const name = error instanceof Error ? error.constructor.name : "";
  return (
    name.startsWith("PrismaClient") ||
    (error instanceof Error && error.name === "DirectSqlError") ||
    (error instanceof Error && /ECONNREFUSED|database|connect/i.test(error.message))
  );
}

/**
 * A failure a use-case is expected to end in, as an AppError: the AppError itself, or DATABASE_UNAVAILABLE for a
 * database failure (logged by its class name only, never its message). Null for anything else.
 */
export function expectedFailure(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (!isDatabaseError(error)) return null;
  logger.error({ err: error instanceof Error ? error.constructor.name : "unknown" }, "database unavailable");
  return new AppError("DATABASE_UNAVAILABLE");
}
