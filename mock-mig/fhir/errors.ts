// Errors as GP Connect-style OperationOutcomes. Diagnostics never contain patient data.

import type { OperationOutcome } from "fhir/r4";
import { SYSTEMS } from "./systems";

export type MigErrorCode =
  | "INVALID_NHS_NUMBER"
  | "BAD_REQUEST"
  | "INVALID_TOKEN"
  | "NO_PATIENT_CONSENT"
  | "ACCESS_DENIED"
  | "PATIENT_NOT_FOUND"
  | "NOT_FOUND"
  | "INVALID_PARAMETER"
  | "INVALID_RESOURCE"
  | "INVALID_IDENTIFIER_SYSTEM"
  | "INTERNAL_SERVER_ERROR"
  | "PRACTICE_UNAVAILABLE"
  | "PRACTICE_TIMEOUT";

type IssueType = OperationOutcome["issue"][number]["code"];

const TABLE: Record<MigErrorCode, { status: number; issue: IssueType; display: string; local?: true }> = {
  INVALID_NHS_NUMBER: { status: 400, issue: "value", display: "Invalid NHS number" },
  BAD_REQUEST: { status: 400, issue: "invalid", display: "Bad request" },
  INVALID_TOKEN: { status: 401, issue: "login", display: "Missing or invalid bearer token", local: true },
  NO_PATIENT_CONSENT: { status: 403, issue: "forbidden", display: "Consent to view has not been recorded" },
  ACCESS_DENIED: { status: 403, issue: "forbidden", display: "Access denied" },
  PATIENT_NOT_FOUND: { status: 404, issue: "not-found", display: "Patient not found" },
  NOT_FOUND: { status: 404, issue: "not-found", display: "Not found", local: true },
  INVALID_PARAMETER: { status: 422, issue: "invalid", display: "Invalid parameter" },
  INVALID_RESOURCE: { status: 422, issue: "invalid", display: "Invalid resource" },
  INVALID_IDENTIFIER_SYSTEM: { status: 422, issue: "invalid", display: "Invalid identifier system" },
  INTERNAL_SERVER_ERROR: { status: 500, issue: "exception", display: "Internal server error" },
  PRACTICE_UNAVAILABLE: { status: 503, issue: "transient", display: "The patient's GP practice system is unavailable", local: true },
  PRACTICE_TIMEOUT: { status: 504, issue: "timeout", display: "The patient's GP practice did not respond in time", local: true },
};

export class MigError extends Error {
  readonly status: number;
  constructor(
    readonly code: MigErrorCode,
    readonly diagnostics: string = TABLE[code].display,
  ) {
    super(`${code}: ${diagnostics}`);
    this.status = TABLE[code].status;
  }
}

export function operationOutcome(code: MigErrorCode, diagnostics?: string): OperationOutcome {
  const row = TABLE[code];
  return {
    resourceType: "OperationOutcome",
    meta: { profile: ["https://fhir.nhs.uk/StructureDefinition/NHSDigital-OperationOutcome"] },
    issue: [
      {
        severity: "error",
        code: row.issue,
        details: { coding: [{ system: row.local ? SYSTEMS.migError : SYSTEMS.spineError, code, display: row.display }] },
        diagnostics: diagnostics ?? row.display,
      },
    ],
  };
}

export function statusOf(code: MigErrorCode): number {
  return TABLE[code].status;
}
