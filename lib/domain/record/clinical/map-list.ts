import type { FhirResource } from "fhir/r4";
import type { Completeness, DateFilter } from "../completeness";
import { mapEach, sectionCompleteness, type SectionEntries } from "../fhir/section-source";

/** Takes one section's List, maps each entry on its own and sorts newest first (undated last). */
export function mapListSection<T>(
  section: SectionEntries | null,
  map: (resource: FhirResource) => T | null,
  sortKey: (item: T) => number | null,
  dateFilter?: DateFilter | null,
): { completeness: Completeness; items: T[] } {
  const mapped = mapEach(section?.resources ?? [], map);
  const items = mapped.items.sort((a, b) => (sortKey(b) ?? -Infinity) - (sortKey(a) ?? -Infinity));
  return { completeness: sectionCompleteness(section, items.length, mapped.unreadable, dateFilter), items };
}
