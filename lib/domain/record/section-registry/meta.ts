// The record's sections as a browser may know them (no mappers, no schemas): slug, title, view-model key, date
// mode and who may see each, all read from the descriptors in ../sections/ by `npm run sections`.
import type { DateRangeMode } from "./define-section";
import { SECTION_META } from "./meta.generated";

type Meta = (typeof SECTION_META)[number];

/** A record section's URL slug ("end-of-life"). */
export type RecordSection = Meta["slug"];
/** A section's key in the record view model ("endOfLife"); the Summary has none. */
export type RecordSectionKey = NonNullable<Meta["key"]>;
/** The view-model key of a slug. */
export type KeyOf<S extends RecordSection> = Extract<Meta, { slug: S }>["key"];

/** Every section, in tab order. */
export const RECORD_SECTIONS: readonly RecordSection[] = SECTION_META.map((m) => m.slug);

const BY_SLUG: ReadonlyMap<string, Meta> = new Map(SECTION_META.map((m) => [m.slug, m]));

export function isRecordSection(value: unknown): value is RecordSection {
  return typeof value === "string" && BY_SLUG.has(value);
}

export function sectionMeta<S extends RecordSection>(slug: S): Extract<Meta, { slug: S }> {
  return BY_SLUG.get(slug) as Extract<Meta, { slug: S }>;
}

export function sectionTitle(slug: RecordSection): string {
  return sectionMeta(slug).title;
}

export function sectionDateRange(slug: RecordSection): DateRangeMode {
  return sectionMeta(slug).dateRange;
}

/** Sections whose items are dated, so the page offers a date range. */
export function isTimeBased(slug: RecordSection): boolean {
  return sectionDateRange(slug) !== "none";
}
