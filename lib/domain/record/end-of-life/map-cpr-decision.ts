// One CPR-decision Observation → the view model. The decision comes from the SNOMED CT code only (cpr-codes.ts);
// the wording the GP system sent is shown as written beside it.
import { startOfDay } from "date-fns";
import type { Coding, Observation } from "fhir/r4";
import { parseFhirDate } from "../../cui/fhir-date";
import { inUk } from "../../cui/uk-time";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, conceptText, dateView, str } from "../fhir/fhir-values";
import { clinicianName } from "../fhir/source";
import { SNOMED } from "../fhir/systems";
import { cprDecisionOfCode } from "./cpr-codes";
import { componentText, componentValues } from "./observation-parts";
import type { CprDecision } from "./types";

/**
 * True when the whole review date (or month, or year, for a partial date) ended before today began, in UK time: a
 * review due today is not yet overdue.
 */
export function isOverdue(value: unknown, now: Date): boolean {
  const parsed = parseFhirDate(str(value));
  return parsed !== null && parsed.end.getTime() < startOfDay(now, { in: inUk }).getTime();
}

export function mapCprDecision(o: Observation, index: BundleIndex, now: Date): CprDecision {
  const code = str(arr<Coding>(o.valueCodeableConcept?.coding).find((c) => c?.system === SNOMED)?.code);
  const reviewValue = componentValues(o, "review-date")[0]?.valueDateTime;
  const reviewDate = dateView(reviewValue);
  const decidedBy = clinicianName(arr(o.performer)[0], index);
  return {
    id: str(o.id) ?? `cpr-${str(o.effectiveDateTime) ?? "undated"}`,
    decision: cprDecisionOfCode(code),
    code,
    display: conceptText(o.valueCodeableConcept, "Decision not recorded"),
    formType: componentText(o, "form-type"),
    date: dateView(o.effectiveDateTime),
    reviewDate,
    reviewOverdue: isOverdue(reviewValue, now),
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
