import type { Annotation, Extension, FhirResource, List } from "fhir/r4";
import type { DateFilter } from "../completeness";
import { buildCompleteness, type Completeness } from "../completeness";
import type { BundleIndex } from "./bundle-index";
import { arr, str } from "./fhir-values";
import { EXT } from "./systems";

export interface SectionEntries {
  list: List;
  resources: FhirResource[];
  /** Entries whose reference did not resolve to a resource in the Bundle. */
  unresolved: number;
  withheld: boolean;
}

// Contract: withheld items carry the UK Core list warning "confidential-items" and a note.
function isWithheld(list: List): boolean {
  const warning = arr<Extension>(list.extension).some((e) => e?.url === EXT.listWarning && e.valueCode === "confidential-items");
  const note = arr<Annotation>(list.note).some((n) => /items excluded/i.test(str(n?.text) ?? ""));
  return warning || note;
}

/** The List with this code and the resources it points at; null when the source did not send it. */
export function readSection(index: BundleIndex, code: string): SectionEntries | null {
  const list = index.list(code);
  if (list === undefined) return null;
  let unresolved = 0;
  const resources: FhirResource[] = [];
  for (const entry of arr<NonNullable<List["entry"]>[number]>(list.entry)) {
    const resource = index.lookup(entry?.item);
    if (resource) resources.push(resource);
    else unresolved++;
  }
  return { list, resources, unresolved, withheld: isWithheld(list) };
}

export interface MappedItems<T> {
  items: T[];
  unreadable: number;
}

/**
 * Maps each resource on its own: an item that throws (malformed beyond what the mapper expects)
 * is counted as unreadable so the section says it is incomplete, and the rest still show.
 */
export function mapEach<T>(resources: readonly FhirResource[], map: (r: FhirResource) => T | null): MappedItems<T> {
  const items: T[] = [];
  let unreadable = 0;
  for (const resource of resources) {
    try {
      const item = map(resource);
      if (item === null) unreadable++;
      else items.push(item);
    } catch {
      unreadable++;
    }
  }
  return { items, unreadable };
}

export function sectionCompleteness(
  section: SectionEntries | null,
  shown: number,
  unreadable: number,
  dateFilter: DateFilter | null | undefined,
): Completeness {
  if (section === null) return buildCompleteness({ shown: 0, sourceUnavailable: true });
  return buildCompleteness({
    shown,
    withheld: section.withheld,
    unreadable: unreadable + section.unresolved,
    dateFilter: dateFilter ?? null,
  });
}
