// The structured record of an imported patient: its stored resources sorted into sections by type,
// with the same Lists as synthetic records. Date filters are not applied to imported data.

import type { Bundle, BundleEntry, FhirResource, List, Reference } from "fhir/r4";
import { buildList, localListCode, snomedListCode, type ListSpec } from "../fhir/build-list";
import type { RecordSections } from "../fhir/sections";
import { LIST_CODES } from "../fhir/systems";
import { hashString } from "../population/prng";
import type { Day } from "../population/days";
import type { ImportedPatient } from "./import-store";

type Section =
  | "medication"
  | "allergies"
  | "resolved"
  | "problems"
  | "consultations"
  | "immunisations"
  | "uncategorised"
  | "investigations"
  | "referrals"
  | "endOfLife"
  | "risksAndWarnings";

/** An allergy's clinical status codes: a CodeableConcept in R4, a plain code in STU3 imports (kept as they came). */
function clinicalCodes(r: { clinicalStatus?: unknown }): string[] {
  const status = r.clinicalStatus;
  if (typeof status === "string") return [status];
  const coding = (status as { coding?: { code?: string }[] } | undefined)?.coding ?? [];
  return coding.flatMap((c) => (c.code ? [c.code] : []));
}

function sectionOf(r: FhirResource): Section | "support" | undefined {
  switch (r.resourceType) {
    case "MedicationStatement":
    case "MedicationRequest":
    case "MedicationDispense":
      return "medication";
    case "AllergyIntolerance":
      return clinicalCodes(r).some((c) => c === "resolved" || c === "inactive") ? "resolved" : "allergies";
    case "Condition":
      return "problems";
    case "Encounter":
      return "consultations";
    case "Immunization":
      return "immunisations";
    case "DiagnosticReport":
      return "investigations";
    case "Observation":
      return r.category?.some((c) => c.coding?.some((x) => x.code === "laboratory")) ? "investigations" : "uncategorised";
    case "ServiceRequest":
      return "referrals";
    case "Consent":
    case "CarePlan":
      return "endOfLife";
    case "Flag":
      return "risksAndWarnings";
    // A RelatedPerson is a contact (next of kin, carer, a spouse), not end-of-life data: it travels with the Patient.
    case "RelatedPerson":
    case "Organization":
    case "Practitioner":
    case "PractitionerRole":
    case "Medication":
    case "Location":
    case "Device":
      return "support";
    default:
      return undefined;
  }
}

/** Which resources a section's List points at (the rest travel in the Bundle unlisted). */
function isListed(r: FhirResource, all: FhirResource[]): boolean {
  if (r.resourceType === "MedicationDispense") return false;
  if (r.resourceType === "MedicationRequest") return !all.some((x) => x.resourceType === "MedicationStatement");
  if (r.resourceType === "Observation" && sectionOf(r) === "investigations") return !all.some((x) => x.resourceType === "DiagnosticReport");
  return true;
}

export function importedRecordBundle(p: ImportedPatient, sections: RecordSections, referenceDay: Day): Bundle {
  const entries = (p.bundle.entry ?? []).filter((e): e is BundleEntry & { resource: FhirResource } => e.resource !== undefined);
  const resources = entries.map((e) => e.resource);
  const wanted: Record<Section, boolean> = {
    medication: !!sections.medication,
    allergies: !!sections.allergies,
    resolved: !!sections.allergies?.includeResolved,
    problems: !!sections.problems,
    consultations: !!sections.consultations,
    immunisations: !!sections.immunisations,
    uncategorised: !!sections.uncategorised,
    investigations: !!sections.investigations,
    referrals: !!sections.referrals,
    endOfLife: !!sections.endOfLife,
    risksAndWarnings: !!sections.risksAndWarnings,
  };
  const out: BundleEntry[] = [];
  const listed = new Map<Section, Reference[]>();
  for (const e of entries) {
    const section = sectionOf(e.resource);
    if (e.resource.resourceType === "Patient" || section === "support") {
      out.push(e);
      continue;
    }
    if (!section || !wanted[section]) continue;
    out.push(e);
    if (isListed(e.resource, resources)) {
      const reference = e.fullUrl?.startsWith("urn:") ? e.fullUrl : `${e.resource.resourceType}/${e.resource.id ?? ""}`;
      listed.set(section, [...(listed.get(section) ?? []), { reference }]);
    }
  }
  // The file's own Lists carry meaning a rebuilt List would lose (an empty reason such as "nil known", resolved
  // allergies contained in the List, notes, references to entries the importer dropped): a section whose List the file
  // holds is served with that List, as it came.
  const sourceLists = new Map<string, { fullUrl?: string; resource: List }>();
  for (const e of entries) {
    if (e.resource.resourceType !== "List") continue;
    const code = e.resource.code?.coding?.find((c) => c.code)?.code;
    if (code && !sourceLists.has(code)) sourceLists.set(code, { ...(e.fullUrl ? { fullUrl: e.fullUrl } : {}), resource: e.resource });
  }
  const token = `imp${hashString(p.nhsNumber).toString(16)}`;
  const lists: ListSpec[] = [];
  const add = (s: Section, id: string, code: ListSpec["code"]) =>
    wanted[s] && lists.push({ id, code, entries: listed.get(s) ?? [], withheld: false });
  add("medication", "medication", snomedListCode(LIST_CODES.medication));
  add("allergies", "allergies", snomedListCode(LIST_CODES.allergies));
  add("resolved", "resolved-allergies", snomedListCode(LIST_CODES.resolvedAllergies));
  add("problems", "problems", snomedListCode(LIST_CODES.problems));
  add("consultations", "consultations", snomedListCode(LIST_CODES.consultations));
  add("immunisations", "immunisations", snomedListCode(LIST_CODES.immunisations));
  add("uncategorised", "uncategorised", snomedListCode(LIST_CODES.uncategorised));
  add("investigations", "investigations", snomedListCode(LIST_CODES.investigations));
  add("referrals", "referrals", snomedListCode(LIST_CODES.referrals));
  add("endOfLife", "end-of-life", localListCode("end-of-life", "End of life and supportive care"));
  add("risksAndWarnings", "risks-and-warnings", localListCode("risks-and-warnings", "Risks and warnings"));
  for (const spec of lists) {
    const sourceList = sourceLists.get(spec.code.code);
    if (sourceList) {
      // Entries of the section the file's List does not name are added, so nothing imported travels unlisted.
      const named = new Set((sourceList.resource.entry ?? []).map((x) => x.item.reference));
      const missing = spec.entries.filter((r) => !named.has(r.reference) && !named.has(r.reference?.replace(/^.*\/fhir\//, "")));
      const list: List =
        missing.length === 0
          ? sourceList.resource
          : { ...sourceList.resource, entry: [...(sourceList.resource.entry ?? []), ...missing.map((item) => ({ item }))] };
      out.push({ ...(sourceList.fullUrl ? { fullUrl: sourceList.fullUrl } : {}), resource: list } as BundleEntry);
      continue;
    }
    const list = buildList(token, spec, referenceDay);
    // Lists point at the imported Patient the way the file did (urn:uuid fullUrl or Type/id).
    const patientEntry = entries.find((e) => e.resource.resourceType === "Patient");
    list.subject = { reference: patientEntry?.fullUrl?.startsWith("urn:") ? patientEntry.fullUrl : `Patient/${p.patient.id ?? ""}` };
    out.push({ fullUrl: `https://mock-mig.example/fhir/List/${list.id ?? ""}`, resource: list });
  }
  return { resourceType: "Bundle", type: "collection", entry: out };
}
