// Builders for hand-made view models in the safety rule tests. Synthetic data only.
import { parseFhirDate } from "@/lib/domain/cui/fhir-date";
import { formatDate } from "@/lib/domain/cui/format-date";
import type { DateView, SourceOrganisation } from "@/lib/domain/record/common";
import { buildCompleteness } from "@/lib/domain/record/completeness";
import type { AllergiesSection, AllergyItem } from "@/lib/domain/record/allergies/types";
import type { MedicationIssue, MedicationItem, MedicationsSection } from "@/lib/domain/record/medications/types";

export const NOW = new Date("2026-11-25T10:00:00Z");

export function dateView(iso: string | null): DateView {
  const parsed = parseFhirDate(iso);
  return {
    iso: parsed ? iso : null,
    precision: parsed?.precision ?? null,
    display: formatDate(parsed),
    sortKey: parsed?.start.getTime() ?? null,
  };
}

export const OWN: SourceOrganisation = { name: "Riverside Surgery", odsCode: "Y90001", kind: "own-practice" };
export const OOH: SourceOrganisation = { name: "Harbour Out of Hours", odsCode: "Y90900", kind: "out-of-hours" };
export const OTHER: SourceOrganisation = { name: "Hilltop Medical Centre", odsCode: "Y90002", kind: "other-practice" };
export const HOSPITAL: SourceOrganisation = { name: "County General Hospital", odsCode: "RXX01", kind: "hospital" };

export function med(
  over: Partial<MedicationItem> & { id: string; name: string; ingredients?: string[]; classes?: string[] },
): MedicationItem {
  const { ingredients = [], classes = [], ...rest } = over;
  return {
    source: OWN,
    recorded: dateView("2026-01-01"),
    drug: { dmdCode: null, dmdKind: "unknown", ingredients, classes },
    controlledDrug: null,
    prescriptionType: "repeat",
    status: "active",
    dosage: "As directed",
    quantity: "28 tablet",
    started: dateView("2026-01-01"),
    ended: dateView(null),
    lastIssued: dateView("2026-11-01"),
    issueCount: 1,
    maxIssues: null,
    reviewDate: dateView(null),
    discontinued: null,
    prescriber: null,
    ...rest,
  };
}

export function issue(
  over: Partial<Omit<MedicationIssue, "issued">> & { id: string; issued: string; medicationName: string; ingredients?: string[] },
): MedicationIssue {
  const { ingredients = [], issued, ...rest } = over;
  return {
    source: OWN,
    recorded: dateView(issued),
    planId: null,
    drug: { dmdCode: null, dmdKind: "unknown", ingredients, classes: [] },
    controlledDrug: null,
    issued: dateView(issued),
    dosage: "As directed",
    quantity: "28 tablet",
    prescriber: null,
    ...rest,
  };
}

export function medications(items: MedicationItem[], issues: MedicationIssue[] = []): MedicationsSection {
  return {
    completeness: buildCompleteness({ shown: items.length }),
    acute: items.filter((i) => i.prescriptionType === "acute"),
    currentRepeat: items.filter((i) => i.prescriptionType !== "acute" && i.status === "active"),
    discontinuedRepeat: items.filter((i) => i.prescriptionType !== "acute" && i.status === "stopped"),
    all: items,
    issues,
  };
}

export function allergy(
  over: Partial<AllergyItem> & { id: string; substance: string; classes?: string[]; ingredients?: string[] },
): AllergyItem {
  const { classes = [], ingredients = [], ...rest } = over;
  return {
    source: OWN,
    recorded: dateView("2010-05-01"),
    code: null,
    allergen: { dmdCode: null, ingredients, classes },
    category: "medication",
    type: "allergy",
    criticality: "unknown",
    status: "active",
    reactions: [],
    onset: dateView(null),
    resolved: dateView(null),
    note: null,
    ...rest,
  };
}

export function allergies(active: AllergyItem[]): AllergiesSection {
  return { completeness: buildCompleteness({ shown: active.length }), active, resolved: [], noKnownAllergies: false };
}
