// What a section's mapper is given: its Lists read from the Bundle by the codes its descriptor names.
import type { DateFilter } from "../completeness";
import type { BundleIndex } from "../fhir/bundle-index";
import { readSection, type SectionEntries } from "../fhir/section-source";
import type { SectionInput } from "./define-section";

export function sectionInput<Lists extends string>(
  descriptor: { readonly lists: Readonly<Record<Lists, string>> },
  index: BundleIndex,
  options: { now?: Date; filter?: DateFilter | null } = {},
): SectionInput<Lists> {
  const lists = {} as Record<Lists, SectionEntries | null>;
  for (const name of Object.keys(descriptor.lists) as Lists[]) lists[name] = readSection(index, descriptor.lists[name]);
  return { index, lists, now: options.now ?? new Date(), filter: options.filter ?? null };
}
