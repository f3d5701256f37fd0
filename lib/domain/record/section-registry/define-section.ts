// What a record section is, in one place: every page, route, request plan, policy check and mapping reads a
// section's descriptor instead of switching on its name. A section is added by writing one descriptor module in
// this folder (default export, made with defineSection), its mapper, and one component at
// components/record/sections/<slug>.tsx; `npm run sections` (run by install, tests and start) indexes them.
import type { ParametersParameter } from "fhir/r4";
import type { z } from "zod";
import type { DateFilter } from "../completeness";
import type { BundleIndex } from "../fhir/bundle-index";
import type { SectionEntries } from "../fhir/section-source";

/**
 * How a section takes a date range:
 * - none: it has no dated list to narrow (a range is refused);
 * - from-only: the gateway filters from a date onwards and nothing else (GP Connect's medicationSearchFromDate);
 * - at-gateway: the range is sent to the gateway, and applied again to the mapped items in case it applied it only in part;
 * - after-mapping: the gateway has no filter for it, so the range is applied to the mapped items.
 */
export const DATE_RANGE_MODES = ["none", "from-only", "at-gateway", "after-mapping"] as const;
export type DateRangeMode = (typeof DATE_RANGE_MODES)[number];

/** What every section says about itself that a browser may know: no mapper, no schema. */
export interface SectionMeta<Slug extends string = string> {
  /** URL segment: /patients/{nhs}/{slug}, /api/patients/{nhs}/sections/{slug}. */
  readonly slug: Slug;
  /** Tab label and heading. */
  readonly title: string;
  /** Tab order (the Summary first). */
  readonly order: number;
  readonly dateRange: DateRangeMode;
  /** In the social-care worker's restricted view (demographics and contacts, care wishes, allergies, risks). */
  readonly socialCare: boolean;
  /** Sends only its newest items unless the page asks for every one (?issues=all). */
  readonly allItemsOnRequest: boolean;
}

/** What a mapper is given: the Bundle, this section's Lists read by the codes its descriptor names, and the request. */
export interface SectionInput<Lists extends string = string> {
  readonly index: BundleIndex;
  /** Each of the section's Lists and the resources it points at; null when the source did not send that List. */
  readonly lists: Readonly<Record<Lists, SectionEntries | null>>;
  readonly now: Date;
  /** The date range applied to this section, or null. */
  readonly filter: DateFilter | null;
}

/** A section the gateway sends as one or more Lists (or, with no Lists, one derived from the Patient). */
export interface SourceSection<
  Slug extends string,
  Key extends string,
  Lists extends string,
  Schema extends z.ZodType,
> extends SectionMeta<Slug> {
  readonly kind: "source";
  /** Its key in the record view model (record.sections[key]). */
  readonly key: Key;
  /** List.code of each List it is read from (SNOMED CT, or the gateway's local record-section codes). */
  readonly lists: Readonly<Record<Lists, string>>;
  /** The getstructuredrecord parameter that asks for it, given the date range; null when nothing needs asking. */
  readonly gateway: (filter: DateFilter | null) => ParametersParameter | null;
  /** Other sections its page is built from (Medications checks against allergies). */
  readonly alsoNeeds: readonly string[];
  readonly schema: Schema;
  // Methods, not function properties: a registry of sections with different Lists and schemas is then one array.
  /** The mapper: FHIR → this section's view model. */
  map(input: SectionInput<Lists>): z.infer<Schema>;
  /** Cuts a long list to its newest items for the page; says how many the record holds when it did. */
  newestOnly?(section: z.infer<Schema>): { section: z.infer<Schema>; inRecord: number | null };
}

/** A page built from other sections (the Summary): it asks for what it needs and composes what came back. */
export interface CompositeSection<Slug extends string, Schema extends z.ZodType> extends SectionMeta<Slug> {
  readonly kind: "composite";
  readonly key: null;
  /** The sections it is built from, before the role's policy removes any the user may not see. */
  readonly needs: readonly string[];
  readonly schema: Schema;
}

export type AnySourceSection = SourceSection<string, string, string, z.ZodType>;
export type AnySection = AnySourceSection | CompositeSection<string, z.ZodType>;

/** Identity helpers: they only check the shape and keep the literal types for the registry. */
export function defineSection<const Slug extends string, const Key extends string, const Lists extends string, Schema extends z.ZodType>(
  descriptor: Omit<SourceSection<Slug, Key, Lists, Schema>, "kind" | "alsoNeeds" | "allItemsOnRequest"> &
    Partial<Pick<SourceSection<Slug, Key, Lists, Schema>, "alsoNeeds" | "allItemsOnRequest">>,
): SourceSection<Slug, Key, Lists, Schema> {
  return { alsoNeeds: [], allItemsOnRequest: false, ...descriptor, kind: "source" };
}

export function defineCompositeSection<const Slug extends string, Schema extends z.ZodType>(
  descriptor: Omit<CompositeSection<Slug, Schema>, "kind" | "key" | "allItemsOnRequest">,
): CompositeSection<Slug, Schema> {
  return { ...descriptor, kind: "composite", key: null, allItemsOnRequest: false };
}

/** A getstructuredrecord parameter, with parts when there are any. */
export function gatewayParameter(name: string, parts: readonly (ParametersParameter | null)[] = []): ParametersParameter {
  const present = parts.filter((p): p is ParametersParameter => p !== null);
  return present.length ? { name, part: present } : { name };
}

/** One part of a parameter: gatewayPart("includePrescriptionIssues", { valueBoolean: true }). */
export function gatewayPart(name: string, value: Omit<ParametersParameter, "name">): ParametersParameter {
  return { name, ...value };
}

/** A date range as a FHIR period part (either end may be open). */
export function periodPart(name: string, filter: DateFilter): ParametersParameter {
  return gatewayPart(name, { valuePeriod: { ...(filter.from ? { start: filter.from } : {}), ...(filter.to ? { end: filter.to } : {}) } });
}
