// Turning what the MIG answers when it fails (an OperationOutcome, or nothing useful) into our error codes.
import { z } from "zod";
import type { AppErrorCode } from "@/lib/domain/errors";

const outcomeSchema = z.object({
  resourceType: z.literal("OperationOutcome"),
  issue: z
    .array(
      z.object({
        severity: z.string(),
        code: z.string(),
        details: z.object({ coding: z.array(z.object({ code: z.string().optional() })).optional() }).optional(),
        diagnostics: z.string().optional(),
      }),
    )
    .min(1),
});

export function outcomeCode(body: unknown): string | undefined {
  const parsed = outcomeSchema.safeParse(body);
  return parsed.success ? parsed.data.issue[0]?.details?.coding?.[0]?.code : undefined;
}

/** Maps an unsuccessful MIG answer to what the clinician is told. Unknown answers are never passed off as "not found". */
export function mapMigFailure(status: number, body: unknown): AppErrorCode {
  switch (outcomeCode(body)) {
    case "INVALID_NHS_NUMBER":
      return "INVALID_NHS_NUMBER";
    case "PATIENT_NOT_FOUND":
      return "PATIENT_NOT_FOUND";
    case "NO_PATIENT_CONSENT":
      return "NO_ACCESS_EPISODE";
    case "ACCESS_DENIED":
      return "FORBIDDEN";
    case "PRACTICE_UNAVAILABLE":
      return "PRACTICE_UNAVAILABLE";
    case "PRACTICE_TIMEOUT":
      return "PRACTICE_TIMEOUT";
    case "INTERNAL_SERVER_ERROR":
      return "PRACTICE_ERROR";
    case "INVALID_TOKEN":
    case "INVALID_PARAMETER":
    case "INVALID_RESOURCE":
    case "INVALID_IDENTIFIER_SYSTEM":
    case "BAD_REQUEST":
    case "NOT_FOUND":
      return "MIG_REFUSED";
    default:
      if (status === 503) return "MIG_UNAVAILABLE";
      if (status === 504) return "PRACTICE_TIMEOUT";
      return status >= 500 ? "PRACTICE_ERROR" : "MIG_REFUSED";
  }
}
