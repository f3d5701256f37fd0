import type { CodeableConcept, Coding, Extension, Reference } from "fhir/r4";
import { parseFhirDate } from "../../cui/fhir-date";
import { formatDate, formatDateTime } from "../../cui/format-date";
import { NOT_RECORDED } from "../../cui/uk-time";
import type { CodingView, DateView } from "../common";

/** Resources in a Bundle are untrusted JSON: every accessor tolerates missing or wrong-typed fields. */
export const str = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
export const arr = <T>(value: readonly T[] | undefined | null | unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function readDate(iso: string | null, withTime: boolean): DateView {
  const parsed = parseFhirDate(iso);
  if (parsed === null) return { iso: null, precision: null, display: NOT_RECORDED, sortKey: null };
  return {
    iso,
    precision: parsed.precision,
    display: withTime ? formatDateTime(parsed) : formatDate(parsed),
    sortKey: parsed.start.getTime(),
  };
}

// Reading a date in UK time is slow (a time-zone lookup per call), and a long record repeats the same few hundred
// dates thousands of times (each issue's authored date twice). The answer depends only on the string, so it is kept,
// up to a bound that one record cannot outgrow in practice; the cache is simply emptied when it fills.
const DATE_CACHE_LIMIT = 10_000;
const dateCache = new Map<string, DateView>();

export function dateView(value: unknown, withTime = false): DateView {
  const iso = str(value);
  if (iso === null) return readDate(null, withTime);
  const key = `${withTime ? "t" : "d"}${iso}`;
  let view = dateCache.get(key);
  if (view === undefined) {
    if (dateCache.size >= DATE_CACHE_LIMIT) dateCache.clear();
    view = readDate(iso, withTime);
    dateCache.set(key, view);
  }
  // A copy: callers own the object they are given.
  return { ...view };
}

export function codingText(coding: Coding | undefined): string | null {
  return str(coding?.display) ?? str(coding?.code);
}

/** Text first (what the clinician typed or the system chose to show), then the first coding. */
export function conceptText(concept: CodeableConcept | undefined | null, missing: string = NOT_RECORDED): string {
  if (!concept || typeof concept !== "object") return missing;
  return (
    str(concept.text) ??
    arr<Coding>(concept.coding)
      .map(codingText)
      .find((t) => t !== null) ??
    missing
  );
}

export function firstCoding(concept: CodeableConcept | undefined | null, system?: string): Coding | undefined {
  const codings = arr<Coding>(concept?.coding);
  return system === undefined ? codings[0] : codings.find((c) => c?.system === system);
}

export function codingView(concept: CodeableConcept | undefined | null): CodingView | null {
  const coding = firstCoding(concept);
  if (!concept || (coding === undefined && str(concept.text) === null)) return null;
  return { system: str(coding?.system), code: str(coding?.code), display: conceptText(concept) };
}

/** Where UK Core extensions live now, and where its earlier releases (and their published examples, EPS) put them. */
const UKCORE_EXTENSIONS = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-";
const UKCORE_EXTENSIONS_EARLIER = "https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-";

/**
 * The extension with this URL. A UK Core extension is also found under its earlier namespace
 * (`https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-…`, as UK Core's own published examples of the
 * allergy end extension still write it), so an ended allergy's date and reason are never lost to a namespace.
 */
export function extension(holder: { extension?: Extension[] } | undefined | null, url: string): Extension | undefined {
  const all = arr<Extension>(holder?.extension);
  const found = all.find((e) => e?.url === url);
  if (found || !url.startsWith(UKCORE_EXTENSIONS)) return found;
  const earlier = UKCORE_EXTENSIONS_EARLIER + url.slice(UKCORE_EXTENSIONS.length);
  return all.find((e) => e?.url === earlier);
}

export const refOf = (value: unknown): string | null => str((value as Reference | undefined)?.reference);

/** The valueCoding codes of every extension with this URL (e.g. the MIG's drug-class). */
export function extensionCodes(holder: { extension?: Extension[] } | undefined | null, url: string): string[] {
  return arr<Extension>(holder?.extension)
    .filter((e) => e?.url === url)
    .flatMap((e) => str(e.valueCoding?.code) ?? []);
}
