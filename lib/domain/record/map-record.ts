import type { OperationOutcome } from "fhir/r4";
import { checkMedicationSafety } from "../medication-safety/check-medication-safety";
import { mapAdministrative } from "./administrative/map-administrative";
import { mapAllergies } from "./allergies/map-allergies";
import { mapEncounters } from "./clinical/map-encounters";
import { mapInvestigations, mapObservations } from "./clinical/map-observations";
import { mapImmunisations, mapReferrals, mapRisks } from "./clinical/map-other-sections";
import { mapProblems } from "./clinical/map-problems";
import type { DateFilter } from "./completeness";
import { mapEndOfLife } from "./end-of-life/map-end-of-life";
import { indexBundle, type BundleIndex, type RecordError } from "./fhir/bundle-index";
import { arr, str } from "./fhir/fhir-values";
import type { SectionKey } from "./fhir/systems";
import { mapMedications } from "./medications/map-medications";
import { mapPatient } from "./patient/map-patient";
import { RECORD_SECTION_KEYS, type RecordSectionKey, type RecordSections, type RecordViewModel } from "./record-types";
import { buildSummary } from "./summary";

export interface MapRecordOptions {
  now: Date;
  /**
   * Sections the caller asked for. A requested section missing from the Bundle is shown as
   * "source unavailable"; one not requested is null. Default: whatever the Bundle contains.
   */
  requested?: readonly RecordSectionKey[];
  /** Date ranges the request applied, so sections can say they are filtered. */
  dateFilters?: Partial<Record<RecordSectionKey, DateFilter>>;
}

export type MapRecordResult = { ok: true; record: RecordViewModel } | { ok: false; error: RecordError };

// Administrative items have no List in the contract: they are built from the Patient when asked for.
const LIST_OF: Record<RecordSectionKey, SectionKey | null> = {
  medications: "medication",
  allergies: "allergies",
  problems: "problems",
  encounters: "encounters",
  observations: "observations",
  investigations: "investigations",
  immunisations: "immunisations",
  referrals: "referrals",
  risksAndWarnings: "risksAndWarnings",
  endOfLife: "endOfLife",
  administrative: null,
};

function sections(index: BundleIndex, options: MapRecordOptions): RecordSections {
  const present = (k: RecordSectionKey) => {
    const list = LIST_OF[k];
    return list !== null && index.list(list) !== undefined;
  };
  const wanted = new Set(options.requested ?? RECORD_SECTION_KEYS.filter(present));
  const f = options.dateFilters ?? {};
  const when = <T>(key: RecordSectionKey, map: () => T): T | null => (wanted.has(key) ? map() : null);
  return {
    medications: when("medications", () => mapMedications(index, { now: options.now, dateFilter: f.medications ?? null })),
    allergies: when("allergies", () => mapAllergies(index)),
    problems: when("problems", () => mapProblems(index, f.problems)),
    encounters: when("encounters", () => mapEncounters(index, f.encounters)),
    observations: when("observations", () => mapObservations(index, f.observations)),
    investigations: when("investigations", () => mapInvestigations(index, f.investigations)),
    immunisations: when("immunisations", () => mapImmunisations(index, f.immunisations)),
    referrals: when("referrals", () => mapReferrals(index, f.referrals)),
    risksAndWarnings: when("risksAndWarnings", () => mapRisks(index)),
    endOfLife: when("endOfLife", () => mapEndOfLife(index, options.now)),
    administrative: when("administrative", () => mapAdministrative(index)),
  };
}

function messages(outcomes: readonly OperationOutcome[]): string[] {
  return outcomes.flatMap((o) =>
    arr<NonNullable<OperationOutcome["issue"]>[number]>(o.issue).flatMap((i) => str(i?.diagnostics) ?? str(i?.details?.text) ?? str(i?.details?.coding?.[0]?.display) ?? []),
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
    const safety = mapped.medications ? checkMedicationSafety(mapped.medications, mapped.allergies, { now: options.now }) : null;
    return {
      ok: true,
      record: { patient: mapPatient(index, options.now), summary: buildSummary(mapped), sections: mapped, medicationSafety: safety, sourceMessages: messages(index.warnings) },
    };
  } catch {
    // No error detail in the message: it is shown to clinicians and could echo record content.
    return { ok: false, error: { code: "mapping-failed", message: "The record could not be read", detailsCode: null } };
  }
}
