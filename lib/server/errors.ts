// AppError: thrown by use-cases, turned into a response in exactly one place.
import { errorBody, ERROR_INFO, type AppErrorCode } from "@/lib/domain/errors";

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
