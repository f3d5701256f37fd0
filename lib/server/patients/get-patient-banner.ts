import "server-only";
// The patient banner for the record pages: a demographic lookup by NHS number (no clinical data), audited.
import type { PatientBanner } from "@/lib/domain/record/patient/types";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { AppError } from "@/lib/server/errors";
import { migRequest } from "@/lib/server/mig/client";
import { INCLUDE_PRACTICE, patientsOf } from "./search-patients";

/** `mode` names, in the audit trail, what the lookup was for: the record's banner, or the list of patients the user has open. */
export async function getPatientBanner(
  actor: Actor,
  nhsNumber: string,
  mode: "banner" | "open-records" = "banner",
): Promise<PatientBanner> {
  const path = `/Patient?${new URLSearchParams({ identifier: `https://fhir.nhs.uk/Id/nhs-number|${nhsNumber}`, _include: INCLUDE_PRACTICE })}`;
  const audit = { ...auditActor(actor), action: "PATIENT_SEARCH" as const, patientNhsNumber: nhsNumber };
  try {
    const [patient] = patientsOf(await migRequest({ actor, consent: "trace-only" }, path, { method: "GET" }), new Date());
    await recordAuditEvent({ ...audit, outcome: patient ? "SUCCESS" : "FAILED", detail: { mode, matches: patient ? 1 : 0 } });
    if (!patient) throw new AppError("PATIENT_NOT_FOUND");
    return patient;
  } catch (error) {
    if (error instanceof AppError && error.code !== "PATIENT_NOT_FOUND" && error.code !== "AUDIT_UNAVAILABLE") {
      await recordAuditEvent({ ...audit, outcome: "FAILED", detail: { mode, failure: error.code } });
    }
    throw error;
  }
}
