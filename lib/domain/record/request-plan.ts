// What each record page asks the MIG for, and how a date range travels: GP Connect parameters where the
// standard has a filter, otherwise the range is applied to the mapped items (see filterByDate).
import type { Parameters, ParametersParameter } from "fhir/r4";
import type { RecordSection } from "../access/sections";
import type { Role } from "../roles";
import type { DateFilter } from "./completeness";
import type { RecordSectionKey } from "./record-types";

export const SECTION_KEY: Record<Exclude<RecordSection, "summary">, RecordSectionKey> = {
  medications: "medications",
  problems: "problems",
  allergies: "allergies",
  "end-of-life": "endOfLife",
  "risks-and-warnings": "risksAndWarnings",
  encounters: "encounters",
  observations: "observations",
  investigations: "investigations",
  immunisations: "immunisations",
  referrals: "referrals",
  administrative: "administrative",
};

/** The MIG sections a page needs. Medication pages also need allergies, for the allergy-conflict check. */
export function sectionsToRequest(section: RecordSection, role: Role): RecordSectionKey[] {
  if (section === "summary") {
    return role === "SOCIAL_CARE"
      ? ["allergies", "risksAndWarnings", "endOfLife"]
      : ["medications", "allergies", "problems", "risksAndWarnings", "endOfLife", "encounters"];
  }
  if (section === "medications") return ["medications", "allergies"];
  return [SECTION_KEY[section]];
}

const part = (name: string, value: Omit<ParametersParameter, "name">): ParametersParameter => ({ name, ...value });

function period(filter: DateFilter): { valuePeriod: { start?: string; end?: string } } {
  return { valuePeriod: { ...(filter.from ? { start: filter.from } : {}), ...(filter.to ? { end: filter.to } : {}) } };
}

export function structuredRecordParameters(nhsNumber: string, keys: readonly RecordSectionKey[], filter: DateFilter | null): Parameters {
  const parameter: ParametersParameter[] = [
    part("patientNHSNumber", { valueIdentifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: nhsNumber } }),
  ];
  const add = (name: string, parts: ParametersParameter[] = []) => parameter.push(parts.length ? { name, part: parts } : { name });
  for (const key of keys) {
    switch (key) {
      case "medications":
        add("includeMedication", [
          part("includePrescriptionIssues", { valueBoolean: true }),
          ...(filter?.from ? [part("medicationSearchFromDate", { valueDate: filter.from })] : []),
        ]);
        break;
      case "allergies":
        add("includeAllergies", [part("includeResolvedAllergies", { valueBoolean: true })]);
        break;
      case "problems":
        add("includeProblems");
        break;
      case "encounters":
        add("includeConsultations", filter ? [part("consultationSearchPeriod", period(filter))] : []);
        break;
      case "observations":
        add("includeUncategorisedData", filter ? [part("uncategorisedDataSearchPeriod", period(filter))] : []);
        break;
      case "investigations":
        add("includeInvestigations");
        break;
      case "immunisations":
        add("includeImmunisations");
        break;
      case "referrals":
        add("includeReferrals");
        break;
      case "risksAndWarnings":
        add("includeRisksAndWarnings");
        break;
      case "endOfLife":
        add("includeEndOfLife");
        break;
      case "administrative":
        break; // built from the Patient, which every answer carries
    }
  }
  return { resourceType: "Parameters", parameter };
}

/** Keeps items dated inside the range (inclusive, whole days). Undated items stay: they cannot be placed outside it. */
export function filterByDate<T extends { date: { sortKey: number | null } }>(items: readonly T[], filter: DateFilter | null): T[] {
  if (!filter) return [...items];
  const from = filter.from ? Date.parse(`${filter.from}T00:00:00Z`) : -Infinity;
  const to = filter.to ? Date.parse(`${filter.to}T23:59:59.999Z`) : Infinity;
  return items.filter((item) => item.date.sortKey === null || (item.date.sortKey >= from && item.date.sortKey <= to));
}
