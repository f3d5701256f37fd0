// One CPR-decision Observation → the view model. The decision comes from the SNOMED CT code only (cpr-codes.ts);
// the wording the GP system sent is shown as written beside it.
import type { Coding, Observation } from "fhir/r4";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, conceptText, dateView, str } from "../fhir/fhir-values";
import { clinicianName } from "../fhir/source";
import { SNOMED } from "../fhir/systems";
import { cprDecisionOfCode } from "./cpr-codes";
import { componentText, componentValues } from "./observation-parts";
import type { CprDecision } from "./types";

/** True when the date is a whole day before today's (a review due today is not yet overdue). */
export function isOverdue(sortKey: number | null, now: Date): boolean {
  if (sortKey === null) return false;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return sortKey < today;
}

export function mapCprDecision(o: Observation, index: BundleIndex, now: Date): CprDecision {
  const code = str(arr<Coding>(o.valueCodeableConcept?.coding).find((c) => c?.system === SNOMED)?.code);
  const reviewDate = dateView(componentValues(o, "review-date")[0]?.valueDateTime);
  const decidedBy = clinicianName(arr(o.performer)[0], index);
  return {
    id: str(o.id) ?? `cpr-${str(o.effectiveDateTime) ?? "undated"}`,
    decision: cprDecisionOfCode(code),
    code,
    display: conceptText(o.valueCodeableConcept, "Decision not recorded"),
    formType: componentText(o, "form-type"),
    date: dateView(o.effectiveDateTime),
    reviewDate,
    reviewOverdue: isOverdue(reviewDate.sortKey, now),
    decidedBy,
    formLocation: componentText(o, "form-location"),
    discussedWithPatient: componentText(o, "discussed-with-patient"),
    discussedWithFamily: componentText(o, "discussed-with-family"),
    capacity: componentText(o, "mental-capacity"),
    involved: componentText(o, "involved-in-decision"),
    // Contract: who entered it in the GP record, when not the decision-maker; when it was entered (issued).
    recorded: { by: componentText(o, "recorded-by") ?? decidedBy, on: dateView(o.issued ?? o.effectiveDateTime) },
  };
}
