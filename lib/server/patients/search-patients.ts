import "server-only";
// Find a patient: by NHS number, or a trace by name with a date of birth (or just the year), postcode or gender.
// Every search is audited. Each candidate says where it differs from what was typed, so a near match is not
// mistaken for an exact one (hazard HZ-012 in docs/clinical-safety/hazard-log.yaml).
import type { Bundle, Patient } from "fhir/r4";
import { mapPatient } from "@/lib/domain/record/patient/map-patient";
import type { PatientBanner } from "@/lib/domain/record/patient/types";
import { indexBundle } from "@/lib/domain/record/fhir/bundle-index";
import { matchNotes, type SearchCandidate } from "@/lib/domain/search/match-notes";
import { notFoundAdvice, tooManyAdvice } from "@/lib/domain/search/search-advice";
import { MAX_SEARCH_RESULTS, searchFieldErrors, searchInputSchema, type SearchInput } from "@/lib/domain/search/search-input";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { AppError } from "@/lib/server/errors";
import { migRequest } from "@/lib/server/mig/client";
import { enforce, RATE_LIMITS } from "@/lib/server/rate-limit/rate-limit";

export type SearchResult = { patients: SearchCandidate[]; total: number };

function searchPath(input: SearchInput): string {
  if (input.mode === "nhs-number") {
    return `/Patient?${new URLSearchParams({ identifier: `https://fhir.nhs.uk/Id/nhs-number|${input.nhsNumber}`, _include: INCLUDE_PRACTICE })}`;
  }
  const query = new URLSearchParams({ family: input.family, given: input.given });
  if (input.birthDate) query.set("birthdate", input.birthDate);
  if (input.gender) query.set("gender", input.gender);
  if (input.postcode) query.set("address-postalcode", input.postcode);
  query.set("_include", INCLUDE_PRACTICE);
  // No more than can be shown; the gateway still counts every match in Bundle.total.
  query.set("_count", String(MAX_SEARCH_RESULTS));
  return `/Patient?${query}`;
}

/** Each match's registered practice comes too: its phone number and out-of-hours arrangements reach the banner. */
export const INCLUDE_PRACTICE = "Patient:general-practitioner";

export function patientsOf(bundle: Bundle, now: Date): PatientBanner[] {
  const practices = (bundle.entry ?? []).filter((e) => e.resource?.resourceType === "Organization").map((e) => ({ resource: e.resource! }));
  return (bundle.entry ?? []).flatMap((entry) => {
    if (entry.resource?.resourceType !== "Patient") return [];
    const indexed = indexBundle({
      resourceType: "Bundle",
      type: "collection",
      entry: [{ resource: entry.resource as Patient }, ...practices],
    });
    return indexed.ok ? [mapPatient(indexed.index, now)] : [];
  });
}

export async function searchPatients(actor: Actor, raw: unknown): Promise<SearchResult> {
  await enforce(RATE_LIMITS.searchPerUser, actor.userId);
  const parsed = searchInputSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = searchFieldErrors(parsed.error);
    const nhsProblem = raw !== null && typeof raw === "object" && (raw as { mode?: unknown }).mode === "nhs-number";
    throw new AppError(nhsProblem ? "INVALID_NHS_NUMBER" : "INVALID_INPUT", Object.values(fields)[0], fields);
  }
  const input = parsed.data;
  const audit = {
    ...auditActor(actor),
    action: "PATIENT_SEARCH" as const,
    patientNhsNumber: input.mode === "nhs-number" ? input.nhsNumber : null,
  };

  let bundle: Bundle;
  try {
    bundle = await migRequest({ actor, consent: "trace-only" }, searchPath(input), { method: "GET" });
  } catch (error) {
    await recordAuditEvent({
      ...audit,
      outcome: "FAILED",
      detail: { mode: input.mode, failure: error instanceof AppError ? error.code : "INTERNAL" },
    });
    throw error;
  }
  const total = bundle.total ?? bundle.entry?.filter((e) => e.resource?.resourceType === "Patient").length ?? 0;
  const patients = patientsOf(bundle, new Date());
  // Only the count and mode are kept for a trace: the audit trail never needs the names that were typed.
  await recordAuditEvent({ ...audit, outcome: "SUCCESS", detail: { mode: input.mode, matches: total } });
  if (total === 0) throw new AppError("PATIENT_NOT_FOUND", notFoundAdvice(input).detail);
  if (total > MAX_SEARCH_RESULTS) throw new AppError("TOO_MANY_MATCHES", tooManyAdvice(input, total).detail);
  return { patients: patients.map((p) => ({ ...p, match: matchNotes(input, p) })), total };
}
