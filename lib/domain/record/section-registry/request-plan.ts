// What each record page asks the gateway for, and how a date range travels, read from the section descriptors:
// GP Connect parameters where the standard has a filter, otherwise the range is applied to the mapped items.
import type { Parameters, ParametersParameter } from "fhir/r4";
import type { DateFilter } from "../completeness";
import type { AnySourceSection } from "./define-section";
import { isRecordSection, type RecordSection, type RecordSectionKey } from "./meta";
import { descriptorOf, SOURCE_SECTIONS } from "./registry";

/** The sections a page needs from the gateway, leaving out any the user may not see (`mayView`: the role's policy). */
export function sectionsToRequest(section: RecordSection, mayView: (section: RecordSection) => boolean): RecordSectionKey[] {
  const d = descriptorOf(section);
  const slugs = d.kind === "composite" ? d.needs : [d.slug, ...d.alsoNeeds];
  const wanted = new Set(slugs.filter((s): s is RecordSection => isRecordSection(s) && mayView(s)));
  return SOURCE_SECTIONS.filter((s) => wanted.has(s.slug as RecordSection)).map((s) => s.key as RecordSectionKey);
}

/**
 * What the record banner fetches once the record is open: End of life (the care-wishes line) and, when the role may
 * see them, Risks and warnings (a reasonable-adjustment Flag is a communication need the banner shows). `slugs` names
 * them for the audit trail.
 */
export function bannerSectionsToRequest(mayView: (section: RecordSection) => boolean): {
  keys: RecordSectionKey[];
  slugs: RecordSection[];
} {
  const slugs = (["end-of-life", "risks-and-warnings"] as const).filter(mayView);
  const keys = SOURCE_SECTIONS.filter((s) => (slugs as readonly string[]).includes(s.slug)).map((s) => s.key as RecordSectionKey);
  return { keys, slugs };
}

/** The part of a date range a section can take: none, the From date only, or both ends. */
export function appliedDateFilter(section: RecordSection, filter: DateFilter | null): DateFilter | null {
  if (!filter) return null;
  switch (descriptorOf(section).dateRange) {
    case "none":
      return null;
    case "from-only":
      return filter.from ? { from: filter.from, to: null } : null;
    case "at-gateway":
    case "after-mapping":
      return filter;
  }
}

/** The getstructuredrecord request: the patient, then each section's parameter (the page's own with its date range). */
export function structuredRecordParameters(
  nhsNumber: string,
  keys: readonly RecordSectionKey[],
  filters: Partial<Record<RecordSectionKey, DateFilter>> = {},
): Parameters {
  const parameter: ParametersParameter[] = [
    { name: "patientNHSNumber", valueIdentifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: nhsNumber } },
  ];
  const wanted = new Set<string>(keys);
  for (const d of SOURCE_SECTIONS) {
    if (!wanted.has(d.key)) continue;
    const p = d.gateway(filters[d.key as RecordSectionKey] ?? null);
    if (p) parameter.push(p);
  }
  return { resourceType: "Parameters", parameter };
}

/** Whether the range is applied to the mapped items (the gateway cannot, or may only in part). */
export function filteredAfterMapping(d: AnySourceSection): boolean {
  return d.dateRange === "at-gateway" || d.dateRange === "after-mapping";
}

/** Keeps items dated inside the range (inclusive, whole days). Undated items stay: they cannot be placed outside it. */
export function filterByDate<T extends { date: { sortKey: number | null } }>(items: readonly T[], filter: DateFilter | null): T[] {
  if (!filter) return [...items];
  const from = filter.from ? Date.parse(`${filter.from}T00:00:00Z`) : -Infinity;
  const to = filter.to ? Date.parse(`${filter.to}T23:59:59.999Z`) : Infinity;
  return items.filter((item) => item.date.sortKey === null || (item.date.sortKey >= from && item.date.sortKey <= to));
}
