import type { AllergyIntolerance, CodeableConcept, Coding, FhirResource } from "fhir/r4";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, codingView, conceptText, dateView, extensionCodes, str } from "../fhir/fhir-values";
import { mapEach, sectionCompleteness } from "../fhir/section-source";
import { sourceFor } from "../fhir/source";
import { EXT } from "../fhir/systems";
import { buildCompleteness } from "../completeness";
import type { AllergiesSection, AllergyItem } from "./types";
import type { SectionInput } from "../section-registry/define-section";

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

// SNOMED "No known allergy" style codes; an explicit negative differs from an empty list.
const NO_KNOWN_ALLERGY = new Set(["716186003", "409137002", "1066871000000107"]);

function mapAllergy(resource: AllergyIntolerance, index: BundleIndex, fallbackStatus: AllergyItem["status"]): AllergyItem {
  const clinical = arr<Coding>(resource.clinicalStatus?.coding)[0]?.code;
  const status = clinical === "active" ? "active" : clinical === "resolved" || clinical === "inactive" ? "resolved" : fallbackStatus;
  const classes = extensionCodes(resource, EXT.drugClass);
  const verification = arr<Coding>(resource.verificationStatus?.coding)[0]?.code;
  const reaction = arr<NonNullable<AllergyIntolerance["reaction"]>[number]>(resource.reaction);
  return {
    id: resource.id ?? `allergy-${conceptText(resource.code)}`,
    source: sourceFor(resource, index),
    recorded: dateView(resource.recordedDate),
    substance: conceptText(resource.code, "Substance not recorded"),
    code: codingView(resource.code),
    allergen: { dmdCode: null, ingredients: [], classes },
    category: oneOf(arr<string>(resource.category)[0], ["medication", "food", "environment", "biologic"] as const, "unknown"),
    type: oneOf(resource.type, ["allergy", "intolerance"] as const, "unknown"),
    criticality: oneOf(resource.criticality, ["low", "high", "unable-to-assess"] as const, "unknown"),
    status,
    ...(verification === "confirmed" ||
    verification === "unconfirmed" ||
    verification === "presumed" ||
    verification === "refuted" ||
    verification === "entered-in-error"
      ? { verification }
      : {}),
    reactions: reaction
      .flatMap((r) => arr<CodeableConcept>(r?.manifestation).map((m) => conceptText(m)))
      .filter((t) => t !== "Not recorded"),
    onset: dateView(resource.onsetDateTime),
    // R4 has no resolution date; the mock MIG puts it in lastOccurrence (not in its README).
    resolved: status === "resolved" ? dateView(resource.lastOccurrence) : dateView(undefined),
    note: str(arr<{ text?: string }>(resource.note)[0]?.text),
  };
}

export function mapAllergies({ index, lists }: SectionInput<"allergies" | "resolvedAllergies">): AllergiesSection {
  const { allergies: active, resolvedAllergies: resolved } = lists;
  const isAllergy = (r: FhirResource): r is AllergyIntolerance => r.resourceType === "AllergyIntolerance";
  const activeMapped = mapEach(active?.resources ?? [], (r) => (isAllergy(r) ? mapAllergy(r, index, "active") : null));
  const resolvedMapped = mapEach(resolved?.resources ?? [], (r) => (isAllergy(r) ? mapAllergy(r, index, "resolved") : null));
  const negatives = activeMapped.items.filter((a) => a.code?.code && NO_KNOWN_ALLERGY.has(a.code.code));
  // An item whose status contradicts its list is moved, not dropped: clinicalStatus wins.
  const items = [...activeMapped.items, ...resolvedMapped.items].filter((a) => !negatives.includes(a));
  const base = sectionCompleteness(active, items.length, activeMapped.unreadable + resolvedMapped.unreadable, null);
  const completeness =
    resolved?.withheld && !base.reasons.includes("items-withheld")
      ? buildCompleteness({ shown: items.length, withheld: true, unreadable: base.unreadable })
      : base;
  return {
    completeness,
    active: items.filter((a) => a.status !== "resolved"),
    resolved: items.filter((a) => a.status === "resolved"),
    noKnownAllergies: negatives.length > 0 && items.length === 0,
    noKnownAllergiesText:
      negatives.length > 0 && items.length === 0 ? (negatives[0]?.code?.display ?? negatives[0]?.substance ?? null) : null,
  };
}
