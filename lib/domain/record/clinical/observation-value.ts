import type { CodeableConcept, Coding, Observation, Quantity, Range } from "fhir/r4";
import { NOT_RECORDED } from "../../cui/uk-time";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, conceptText, dateView, str } from "../fhir/fhir-values";
import { sourceFor } from "../fhir/source";
import type { ObservationItem } from "./types";

const SYSTOLIC = "271649006";
const DIASTOLIC = "271650006";

function quantityText(q: Quantity | undefined): string | null {
  if (typeof q?.value !== "number") return null;
  const unit = str(q.unit) ?? str(q.code);
  return unit ? `${q.value} ${unit}` : String(q.value);
}

function rangeText(range: Range | undefined): string | null {
  const low = range?.low?.value;
  const high = range?.high?.value;
  if (typeof low === "number" && typeof high === "number") return `${low} to ${high}`;
  if (typeof low === "number") return `above ${low}`;
  return typeof high === "number" ? `below ${high}` : null;
}

// Blood pressure arrives as one Observation with systolic/diastolic components.
function componentValue(o: Observation): string | null {
  const components = arr<NonNullable<Observation["component"]>[number]>(o.component);
  const find = (code: string) => components.find((c) => arr<Coding>(c?.code?.coding).some((x) => x?.code === code))?.valueQuantity;
  const sys = find(SYSTOLIC)?.value;
  const dia = find(DIASTOLIC)?.value;
  if (typeof sys === "number" && typeof dia === "number") return `${sys}/${dia} ${str(find(SYSTOLIC)?.unit) ?? "mmHg"}`;
  const parts = components.map((c) => `${conceptText(c?.code)} ${quantityText(c?.valueQuantity) ?? str(c?.valueString) ?? ""}`.trim());
  return parts.length > 0 ? parts.join(", ") : null;
}

function flag(o: Observation): ObservationItem["flag"] {
  const code = arr<CodeableConcept>(o.interpretation)
    .flatMap((i) => arr<Coding>(i?.coding))
    .map((c) => c?.code)[0];
  if (code === "H" || code === "HH" || code === "HU") return "high";
  if (code === "L" || code === "LL" || code === "LU") return "low";
  return code === "A" || code === "AA" ? "abnormal" : null;
}

export function mapObservation(o: Observation, index: BundleIndex): ObservationItem {
  const value =
    quantityText(o.valueQuantity) ??
    str(o.valueString) ??
    (o.valueCodeableConcept ? conceptText(o.valueCodeableConcept) : null) ??
    (typeof o.valueBoolean === "boolean" ? (o.valueBoolean ? "Yes" : "No") : null) ??
    componentValue(o) ??
    NOT_RECORDED;
  return {
    id: o.id ?? `observation-${conceptText(o.code)}`,
    source: sourceFor(o, index),
    recorded: dateView(o.issued ?? o.effectiveDateTime),
    name: conceptText(o.code, "Observation not named"),
    value,
    date: dateView(o.effectiveDateTime ?? o.effectivePeriod?.start),
    flag: flag(o),
    range: rangeText(arr<Range>(o.referenceRange)[0]),
  };
}
