// FHIR structured record → the record view model: each section mapped by its descriptor, the Summary composed from
// them, then the medication safety checks across medication and allergies.
import type { OperationOutcome } from "fhir/r4";
import { checkMedicationSafetySafely } from "../medication-safety/check-medication-safety";
import type { AllergiesSection, AllergyItem } from "../record/allergies/types";
import type { DateFilter } from "../record/completeness";
import { indexBundle, type BundleIndex, type RecordError } from "../record/fhir/bundle-index";
import { arr, str } from "../record/fhir/fhir-values";
import { readSection } from "../record/fhir/section-source";
import { mapPatient } from "../record/patient/map-patient";
import type { AnySourceSection } from "../record/section-registry/define-section";
import type { RecordSectionKey } from "../record/section-registry/meta";
import { emptyRecordSections, SOURCE_SECTIONS, type RecordSections } from "../record/section-registry/registry";
import { filterByDate, filteredAfterMapping } from "../record/section-registry/request-plan";
import { buildSummary } from "../record/summary";
import type { RecordViewModel } from "./record-view-model";

export interface MapRecordOptions {
  now: Date;
  /**
   * Sections the caller asked for. A requested section missing from the Bundle is shown as
   * "source unavailable"; one not requested is null. Default: whatever the Bundle contains.
   */
  requested?: readonly RecordSectionKey[];
  /** Date ranges the request applied, so sections can say they are filtered (and are filtered where the gateway could not). */
  dateFilters?: Partial<Record<RecordSectionKey, DateFilter>>;
}

export type MapRecordResult = { ok: true; record: RecordViewModel } | { ok: false; error: RecordError };

type Dated = { items: { date: { sortKey: number | null } }[]; completeness: { shown: number } };
const hasDatedItems = (section: unknown): section is Dated =>
  typeof section === "object" && section !== null && Array.isArray((section as { items?: unknown }).items);

function mapSection(d: AnySourceSection, index: BundleIndex, now: Date, filter: DateFilter | null): unknown {
  const lists = Object.fromEntries(Object.entries(d.lists).map(([name, code]) => [name, readSection(index, code)]));
  const mapped: unknown = d.map({ index, lists, now, filter });
  if (!filter || !filteredAfterMapping(d) || !hasDatedItems(mapped)) return mapped;
  const items = filterByDate(mapped.items, filter);
  return { ...mapped, items, completeness: { ...mapped.completeness, shown: items.length } };
}

function sections(index: BundleIndex, options: MapRecordOptions): RecordSections {
  // A section is in the Bundle when any of its Lists is; one with no List (derived from the Patient) only when asked for.
  const present = (d: AnySourceSection) => Object.values(d.lists).some((code) => index.list(code) !== undefined);
  const wanted = new Set<string>(options.requested ?? SOURCE_SECTIONS.filter(present).map((d) => d.key));
  const filters: Partial<Record<string, DateFilter>> = options.dateFilters ?? {};
  const out: Record<string, unknown> = emptyRecordSections();
  for (const d of SOURCE_SECTIONS) if (wanted.has(d.key)) out[d.key] = mapSection(d, index, options.now, filters[d.key] ?? null);
  return out as RecordSections;
}

/**
 * What the safety rules may see: never an allergy the source marked entered-in-error or refuted. The allergy mapper
 * already keeps them out of its lists; this is the second wall, so a change there cannot feed one to a rule.
 */
function allergiesForRules(allergies: AllergiesSection | null): AllergiesSection | null {
  if (allergies === null) return null;
  const valid = (a: AllergyItem) => a.verification !== "entered-in-error" && a.verification !== "refuted";
  return { ...allergies, active: allergies.active.filter(valid), resolved: allergies.resolved.filter(valid), refuted: [] };
}

function messages(outcomes: readonly OperationOutcome[]): string[] {
  return outcomes.flatMap((o) =>
    arr<NonNullable<OperationOutcome["issue"]>[number]>(o.issue).flatMap(
      (i) => str(i?.diagnostics) ?? str(i?.details?.text) ?? str(i?.details?.coding?.[0]?.display) ?? [],
    ),
  );
}

/**
 * FHIR structured record → view model. Never throws: an unusable Bundle is a typed error, and a
 * bug or surprise inside mapping is reported the same way rather than leaking an exception.
 */
export function mapStructuredRecord(input: unknown, options: MapRecordOptions): MapRecordResult {
  try {
    const indexed = indexBundle(input);
    if (!indexed.ok) return indexed;
    const index = indexed.index;
    const mapped = sections(index, options);
    const safety = mapped.medications
      ? checkMedicationSafetySafely(mapped.medications, allergiesForRules(mapped.allergies), { now: options.now })
      : null;
    return {
      ok: true,
      record: {
        patient: mapPatient(index, options.now),
        summary: buildSummary(mapped),
        sections: mapped,
        medicationSafety: safety,
        sourceMessages: messages(index.warnings),
      },
    };
  } catch {
    // No error detail in the message: it is shown to clinicians and could echo record content.
    return { ok: false, error: { code: "mapping-failed", message: "The record could not be read", detailsCode: null } };
  }
}
