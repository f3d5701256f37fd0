// The audit trail's words: actions, outcomes and alert statuses as the privacy officer reads them.
// The string values match the Prisma enums (AuditAction, AuditOutcome, AlertStatus); the server checks that
// at compile time, so a new enum value cannot be left out of the search form or the labels.

export const AUDIT_ACTIONS = [
  "SIGN_IN",
  "SIGN_IN_FAILED",
  "LOCKED_OUT",
  "SIGN_OUT",
  "PATIENT_SEARCH",
  "CONSENT_GIVEN",
  "CONSENT_REFUSED",
  "EMERGENCY_OVERRIDE",
  "RECORD_VIEW",
  "ACCESS_DENIED",
  "AUDIT_SEARCH",
  "AUDIT_EXPORT",
  "ALERT_REVIEWED",
  "SESSIONS_ENDED",
  "PASSWORD_CHANGED",
  "SAFETY_CONCERN_REPORTED",
  "SAFETY_CONCERN_REVIEWED",
  "LOCKOUT_CLEARED",
  "DECEASED_PATIENT",
  "LAUNCH",
  "LAUNCH_REFUSED",
] as const;
export type AuditActionName = (typeof AUDIT_ACTIONS)[number];

/** How the record was reached: launched from a host system (issue 17), or found by search in the viewer. */
export const ACCESS_ROUTES = ["launch", "search"] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];
export const ACCESS_ROUTE_LABELS: Record<AccessRoute, string> = {
  launch: "Launched from a host system",
  search: "Found by search in the viewer",
};

export const AUDIT_OUTCOMES = ["SUCCESS", "DENIED", "FAILED"] as const;
export type AuditOutcomeName = (typeof AUDIT_OUTCOMES)[number];

export const ALERT_STATUSES = ["OPEN", "APPROPRIATE", "NEEDS_FOLLOW_UP"] as const;
export type AlertStatusName = (typeof ALERT_STATUSES)[number];

/** The outcomes a review can record: an alert is never reviewed back to open. */
export const REVIEW_OUTCOMES = ["APPROPRIATE", "NEEDS_FOLLOW_UP"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const ACTION_LABELS: Record<AuditActionName, string> = {
  SIGN_IN: "Signed in",
  SIGN_IN_FAILED: "Sign-in failed",
  LOCKED_OUT: "Account locked",
  SIGN_OUT: "Signed out",
  PATIENT_SEARCH: "Patient search",
  CONSENT_GIVEN: "Consent to view given",
  CONSENT_REFUSED: "Consent to view refused",
  EMERGENCY_OVERRIDE: "Emergency override",
  RECORD_VIEW: "Record viewed",
  ACCESS_DENIED: "Access denied",
  AUDIT_SEARCH: "Audit trail searched",
  AUDIT_EXPORT: "Audit trail exported",
  ALERT_REVIEWED: "Alert reviewed",
  SESSIONS_ENDED: "All sessions ended",
  PASSWORD_CHANGED: "Password changed",
  SAFETY_CONCERN_REPORTED: "Safety concern reported",
  SAFETY_CONCERN_REVIEWED: "Safety concern reviewed",
  LOCKOUT_CLEARED: "Lock-out cleared",
  DECEASED_PATIENT: "Deceased patient's record opened",
  LAUNCH: "Opened from a host system",
  LAUNCH_REFUSED: "Launch from a host system refused",
};

export const OUTCOME_LABELS: Record<AuditOutcomeName, string> = { SUCCESS: "Success", DENIED: "Denied", FAILED: "Failed" };

export const ALERT_STATUS_LABELS: Record<AlertStatusName, string> = {
  OPEN: "Open",
  APPROPRIATE: "Appropriate",
  NEEDS_FOLLOW_UP: "Needs follow-up",
};

/** The audit CSV's columns, in order; shared by the export and the tests that read the file. */
export const AUDIT_CSV_HEADER = [
  "Sequence",
  "Occurred at (UTC)",
  "Action",
  "Action code",
  "Outcome",
  "Username",
  "Role",
  "Organisation ODS code",
  "Patient NHS number",
  "Access episode",
  "Detail",
  "Event id",
] as const;
