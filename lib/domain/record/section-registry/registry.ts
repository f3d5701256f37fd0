// The record's sections with everything they do: the descriptors in ../sections/, indexed by `npm run sections`.
// The record view model's shape is derived from them, so a new descriptor is a new key with its own schema.
import { z } from "zod";
import type { AnySection, AnySourceSection } from "./define-section";
import { SECTION_DESCRIPTORS } from "./descriptors.generated";
import type { RecordSection, RecordSectionKey } from "./meta";

type Descriptor = (typeof SECTION_DESCRIPTORS)[number];
type SourceDescriptor = Extract<Descriptor, { kind: "source" }>;

/** Every section the gateway sends, by view-model key; null when it was not requested (or not permitted for the role). */
export type RecordSections = { [D in SourceDescriptor as D["key"]]: z.infer<D["schema"]> | null };

const ALL: readonly AnySection[] = SECTION_DESCRIPTORS;

/** The sections mapped from the gateway's answer (every section but the composed Summary), in tab order. */
export const SOURCE_SECTIONS: readonly AnySourceSection[] = ALL.filter((d): d is AnySourceSection => d.kind === "source");

export const RECORD_SECTION_KEYS = SOURCE_SECTIONS.map((d) => d.key) as RecordSectionKey[];

export const recordSectionsSchema = z.object(
  Object.fromEntries(SOURCE_SECTIONS.map((d) => [d.key, d.schema.nullable()])),
) as unknown as z.ZodType<RecordSections>;

/** Every section null: none requested yet. */
export function emptyRecordSections(): RecordSections {
  return Object.fromEntries(RECORD_SECTION_KEYS.map((key) => [key, null])) as RecordSections;
}

const BY_SLUG: ReadonlyMap<string, AnySection> = new Map(ALL.map((d) => [d.slug, d]));
const BY_KEY: ReadonlyMap<string, AnySourceSection> = new Map(SOURCE_SECTIONS.map((d) => [d.key, d]));

export function descriptorOf(slug: RecordSection): AnySection {
  const d = BY_SLUG.get(slug);
  if (!d) throw new Error("unknown record section");
  return d;
}

export function sourceSectionOf(key: RecordSectionKey): AnySourceSection {
  const d = BY_KEY.get(key);
  if (!d) throw new Error("unknown record section key");
  return d;
}
