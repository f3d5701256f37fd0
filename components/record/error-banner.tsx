// A specific failure, never a generic "something went wrong" when we know more: the title and
// action come from ERROR_INFO, so the page says exactly what the route said.
import type { AppErrorCode, AppErrorView } from "@/lib/domain/errors";
import { RetryButton, type RetryHandler } from "./retry-button";

/** Whether trying the same request again can help; a refusal or a bad input will not change. */
export function isRetryable(code: AppErrorCode): boolean {
  switch (code) {
    case "PRACTICE_UNAVAILABLE":
    case "PRACTICE_TIMEOUT":
    case "PRACTICE_ERROR":
    case "MIG_UNAVAILABLE":
    case "MIG_MALFORMED":
    case "AUDIT_UNAVAILABLE":
    case "DATABASE_UNAVAILABLE":
    case "RATE_LIMITED":
    case "INTERNAL":
      return true;
    case "UNAUTHENTICATED":
    case "FORBIDDEN":
    case "INVALID_INPUT":
    case "INVALID_NHS_NUMBER":
    case "PATIENT_NOT_FOUND":
    case "SECTION_NOT_FOUND":
    case "TOO_MANY_MATCHES":
    case "NO_ACCESS_EPISODE":
    case "CONSENT_REFUSED":
    case "MIG_REFUSED":
    case "PAYLOAD_TOO_LARGE":
      return false;
  }
}

type Props = {
  error: AppErrorView;
  /** Shown only when retrying could help (see isRetryable). */
  onRetry?: RetryHandler;
  /** What was being loaded, e.g. "Medications", so a page with several failures says which. */
  context?: string;
};

export function ErrorBanner({ error, onRetry, context }: Props) {
  return (
    <div role="alert" className="mb-6 border-4 border-nhs-red bg-white p-3 sm:p-4" data-error-code={error.code}>
      <p className="mb-1 text-xl font-bold">
        {context && <span className="block text-base font-normal text-nhs-grey">{context}</span>}
        {error.title}
      </p>
      <p className="mb-2">{error.action}</p>
      {error.detail && <p className="mb-2 text-base">Details: {error.detail}</p>}
      {/* The code lets the service desk find the failure without the clinician describing it. */}
      <p className="mb-3 text-sm text-nhs-grey">Error code: {error.code}</p>
      {onRetry && isRetryable(error.code) && <RetryButton onRetry={onRetry} />}
    </div>
  );
}
