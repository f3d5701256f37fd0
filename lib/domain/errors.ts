// Every failure a clinician can meet, with the HTTP status it travels as and the words they read.
// One table, so the server routes and the pages always say the same thing about the same failure.

export const APP_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "INVALID_INPUT",
  "INVALID_NHS_NUMBER",
  "PATIENT_NOT_FOUND",
  "SECTION_NOT_FOUND",
  "TOO_MANY_MATCHES",
  "NO_ACCESS_EPISODE",
  "CONSENT_REFUSED",
  "PRACTICE_UNAVAILABLE",
  "PRACTICE_TIMEOUT",
  "PRACTICE_ERROR",
  "MIG_UNAVAILABLE",
  "MIG_MALFORMED",
  "MIG_REFUSED",
  "AUDIT_UNAVAILABLE",
  "DATABASE_UNAVAILABLE",
  "RATE_LIMITED",
  "PAYLOAD_TOO_LARGE",
  "INTERNAL",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export type ErrorInfo = { status: number; title: string; action: string };

export const ERROR_INFO: Record<AppErrorCode, ErrorInfo> = {
  UNAUTHENTICATED: { status: 401, title: "You are not signed in", action: "Sign in again to continue." },
  FORBIDDEN: { status: 403, title: "Your role cannot see this", action: "Ask your administrator if you think you need access." },
  INVALID_INPUT: { status: 400, title: "Some details are not right", action: "Check what you entered and try again." },
  INVALID_NHS_NUMBER: {
    status: 400,
    title: "That is not a valid NHS number",
    action: "Check the 10 digits with the patient or their documents.",
  },
  PATIENT_NOT_FOUND: {
    status: 404,
    title: "No patient found",
    action: "Check the details you have for the patient. Some records are not shared.",
  },
  SECTION_NOT_FOUND: {
    status: 404,
    title: "There is no such record section",
    action: "Check the address, or choose a section from the record's tabs.",
  },
  TOO_MANY_MATCHES: {
    status: 422,
    title: "Too many patients match",
    action: "Add more detail to narrow the search, or search by NHS number.",
  },
  NO_ACCESS_EPISODE: {
    status: 403,
    title: "Record why you are looking first",
    action: "Record the patient's permission to view, or an emergency override, before opening the record.",
  },
  CONSENT_REFUSED: {
    status: 403,
    title: "The patient refused permission to view their record",
    action: "Their GP record is not shown. Their refusal has been recorded.",
  },
  PRACTICE_UNAVAILABLE: {
    status: 503,
    title: "The patient's GP practice system is not available",
    action: "Phone the practice for the information you need, or try again in a few minutes.",
  },
  PRACTICE_TIMEOUT: {
    status: 504,
    title: "The patient's GP practice did not answer in time",
    action: "Try again. If it keeps happening, phone the practice.",
  },
  PRACTICE_ERROR: {
    status: 502,
    title: "The patient's GP practice system returned an error",
    action: "Try again. If it keeps happening, phone the practice.",
  },
  MIG_UNAVAILABLE: {
    status: 503,
    title: "The record sharing gateway is not available",
    action: "Try again in a few minutes. For urgent information, phone the patient's GP practice.",
  },
  MIG_MALFORMED: {
    status: 502,
    title: "The GP record arrived damaged and cannot be shown safely",
    action: "Try again. If it keeps happening, phone the practice and report it to the service desk.",
  },
  MIG_REFUSED: {
    status: 502,
    title: "The record sharing gateway refused the request",
    action: "Report this to the service desk. For urgent information, phone the patient's GP practice.",
  },
  AUDIT_UNAVAILABLE: {
    status: 503,
    title: "Your access could not be recorded, so the record is not shown",
    action: "Try again in a minute. If it keeps happening, contact the service desk.",
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    title: "The service is having a problem",
    action: "Try again in a minute. If it keeps happening, contact the service desk.",
  },
  RATE_LIMITED: { status: 429, title: "Too many requests", action: "Wait a minute, then try again." },
  PAYLOAD_TOO_LARGE: { status: 413, title: "What was sent is too large", action: "Shorten what you entered and try again." },
  INTERNAL: { status: 500, title: "Something went wrong", action: "Try again. If it keeps happening, contact the service desk." },
};

export type AppErrorView = {
  code: AppErrorCode;
  title: string;
  action: string;
  detail?: string;
  /** Field id → message, for form errors. */
  fields?: Record<string, string>;
};
export type ErrorBody = { error: AppErrorView };

export function errorBody(code: AppErrorCode, detail?: string, fields?: Record<string, string>): ErrorBody {
  const { title, action } = ERROR_INFO[code];
  return { error: { code, title, action, ...(detail ? { detail } : {}), ...(fields ? { fields } : {}) } };
}

export function isAppErrorCode(value: unknown): value is AppErrorCode {
  return typeof value === "string" && (APP_ERROR_CODES as readonly string[]).includes(value);
}
