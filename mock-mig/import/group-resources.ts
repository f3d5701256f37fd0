// FHIR JSON in (Bundle of any type, a resource, or an array), R4 or STU3 → one Bundle per patient with a valid
// NHS number: the Patient, everything that refers to it, and what those refer to, kept in the version it came
// in. Every entry that is not kept is reported by its position and why; every reference that does not resolve
// is reported, and the resource holding it is kept.

import type { Bundle } from "fhir/r4";
import { isValidNhsNumber } from "../../lib/domain/nhs-number";
import { hashString } from "../population/prng";
import { FHIR_BASE, SYSTEMS } from "../fhir/systems";
import { decideVersion, type FhirVersion, type RawResource, type VersionSignal } from "./fhir-version";
import { schemaProblems } from "./schema-check";

/** What happened to one entry of the file, or a file-level note (position "file"). */
export interface ImportProblem {
  kind: "dropped" | "unresolved-reference" | "not-linked" | "note";
  /** `entry[3]` in a Bundle, `[3]` in an array, `resource` for a single resource, `file` for the file. */
  position: string;
  message: string;
}

export interface PatientBundle {
  nhsNumber: string;
  bundle: Bundle;
  /** How many of the file's entries went into this patient's Bundle. */
  kept: number;
}

export type GroupResult =
  | { ok: true; version: FhirVersion; versionHow: string; patients: PatientBundle[]; problems: ImportProblem[]; entries: number }
  | { ok: false; reason: "version-conflict"; signals: VersionSignal[]; problems: ImportProblem[] }
  | { ok: false; reason: "no-patient"; problems: ImportProblem[]; entries: number };

interface Item {
  position: string;
  fullUrl: string;
  resource: RawResource;
}

/** Types kept because something a patient's resource refers to is one of them. */
const SUPPORTING = new Set(["Organization", "Practitioner", "PractitionerRole", "Medication", "Location", "Device", "Substance"]);

export const IMPORT_VERSION_TAG = `${FHIR_BASE}/CodeSystem/import-fhir-version`;

const isResource = (value: unknown): value is RawResource =>
  typeof value === "object" && value !== null && typeof (value as { resourceType?: unknown }).resourceType === "string";

/** Every entry with its position; entries that are not resources are reported, not silently skipped. */
function flatten(input: unknown, problems: ImportProblem[]): { position: string; fullUrl?: string; resource: RawResource }[] {
  const out: { position: string; fullUrl?: string; resource: RawResource }[] = [];
  const unreadable = (position: string, why: string) => problems.push({ kind: "dropped", position, message: `unreadable: ${why}` });
  if (Array.isArray(input)) {
    input.forEach((x, i) =>
      isResource(x) ? out.push({ position: `[${i}]`, resource: x }) : unreadable(`[${i}]`, "not a FHIR resource (no resourceType)"),
    );
  } else if (isResource(input) && input.resourceType === "Bundle") {
    const entries = (input as { entry?: unknown }).entry;
    (Array.isArray(entries) ? entries : []).forEach((entry: unknown, i) => {
      const e = entry as { fullUrl?: unknown; resource?: unknown } | null;
      if (!e || typeof e !== "object") return unreadable(`entry[${i}]`, "the entry is not an object");
      if (!isResource(e.resource)) return unreadable(`entry[${i}]`, "the entry has no resource with a resourceType");
      out.push({ position: `entry[${i}]`, ...(typeof e.fullUrl === "string" ? { fullUrl: e.fullUrl } : {}), resource: e.resource });
    });
  } else if (isResource(input)) {
    out.push({ position: "resource", resource: input });
  } else {
    unreadable("file", "neither a FHIR resource, a Bundle nor an array of resources");
  }
  return out;
}

function withId(entry: { position: string; fullUrl?: string; resource: RawResource }): Item {
  const resource = entry.resource;
  if (typeof resource.id !== "string" || !resource.id) resource.id = `imp-${hashString(JSON.stringify(resource)).toString(16)}`;
  return { position: entry.position, fullUrl: entry.fullUrl ?? `${FHIR_BASE}/${resource.resourceType}/${resource.id}`, resource };
}

/** Every reference string inside a resource, with where it sits (`subject`, `reaction[0].substance`…). */
export function referencesIn(value: unknown, at = "", out: { reference: string; at: string }[] = []): { reference: string; at: string }[] {
  if (Array.isArray(value)) value.forEach((v, i) => referencesIn(v, `${at}[${i}]`, out));
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === "reference" && typeof v === "string") out.push({ reference: v, at: at || "(resource)" });
      else if (k !== "contained") referencesIn(v, at ? `${at}.${k}` : k, out);
    }
  }
  return out;
}

export function nhsNumberOf(patient: object): string | undefined {
  const identifier = (patient as { identifier?: unknown }).identifier;
  const ids = Array.isArray(identifier) ? (identifier as { system?: unknown; value?: unknown }[]) : [];
  const value = ids.find((i) => i.system === SYSTEMS.nhsNumber)?.value;
  return typeof value === "string" ? value.replace(/\s/g, "") : undefined;
}

const label = (r: RawResource) => `${r.resourceType}/${r.id ?? "?"}`;

/**
 * The NHS number a resource names its patient by, when it names them by identifier rather than by reference
 * (`subject.identifier`, `patient.identifier`): GP Connect's published examples give the resolved-allergies List's
 * subject this way.
 */
function patientIdentifierOf(resource: RawResource): string | undefined {
  for (const key of ["subject", "patient"]) {
    const ref = (resource as Record<string, unknown>)[key] as { identifier?: { system?: unknown; value?: unknown } } | undefined;
    const id = ref && typeof ref === "object" ? ref.identifier : undefined;
    if (id?.system === SYSTEMS.nhsNumber && typeof id.value === "string") return id.value.replace(/\s/g, "");
  }
  return undefined;
}

export function groupByPatient(input: unknown, options: { fhirVersion?: FhirVersion } = {}): GroupResult {
  const problems: ImportProblem[] = [];
  const raw = flatten(input, problems);
  const decision = decideVersion(raw, options.fhirVersion);
  if (!decision.ok) return { ok: false, reason: "version-conflict", signals: decision.signals, problems };
  const version = decision.version;

  // Schema check: an entry that is not valid FHIR of the file's version is dropped, and said so.
  const dropped = new Map<string, string>(); // Type/id and fullUrl of dropped entries → their position
  const items: Item[] = [];
  for (const entry of raw) {
    const item = withId(entry);
    const errors = schemaProblems(item.resource, version);
    if (errors.length === 0) {
      items.push(item);
      continue;
    }
    problems.push({
      kind: "dropped",
      position: item.position,
      message: `${label(item.resource)} is not valid FHIR ${version}: ${errors.join("; ")}`,
    });
    dropped.set(label(item.resource), item.position);
    dropped.set(item.fullUrl, item.position);
  }

  const byRef = new Map<string, Item>();
  for (const item of items) {
    byRef.set(item.fullUrl, item);
    byRef.set(label(item.resource), item);
  }
  const resolve = (reference: string): Item | undefined =>
    byRef.get(reference) ?? byRef.get(reference.replace(/^.*\/([A-Za-z]+\/[^/]+)$/, "$1")); // absolute URL → Type/id

  const patients: PatientBundle[] = [];
  const used = new Set<Item>();
  for (const item of items) {
    if (item.resource.resourceType !== "Patient") continue;
    const nhs = nhsNumberOf(item.resource);
    if (!nhs || !isValidNhsNumber(nhs)) {
      problems.push({
        kind: "dropped",
        position: item.position,
        message: `${label(item.resource)} has no valid NHS number (system ${SYSTEMS.nhsNumber}); this patient and what refers only to it are not imported`,
      });
      used.add(item);
      continue;
    }
    const chosen = new Map<string, Item>([[item.fullUrl, item]]);
    for (const other of items) {
      if (other.resource.resourceType === "Patient" || SUPPORTING.has(other.resource.resourceType)) continue;
      if (referencesIn(other.resource).some((r) => resolve(r.reference) === item) || patientIdentifierOf(other.resource) === nhs)
        chosen.set(other.fullUrl, other);
    }
    // Pull in what the chosen resources refer to, however deep (request → role → organisation).
    for (let grew = true; grew;) {
      grew = false;
      for (const c of [...chosen.values()]) {
        for (const r of referencesIn(c.resource)) {
          const target = resolve(r.reference);
          if (target && SUPPORTING.has(target.resource.resourceType) && !chosen.has(target.fullUrl)) {
            chosen.set(target.fullUrl, target);
            grew = true;
          }
        }
      }
    }
    for (const c of chosen.values()) used.add(c);
    patients.push({
      nhsNumber: nhs,
      kept: chosen.size,
      bundle: {
        resourceType: "Bundle",
        meta: { tag: [{ system: IMPORT_VERSION_TAG, code: version, display: `Imported as FHIR ${version}` }] },
        type: "collection",
        // In the order the file had them.
        entry: items.filter((i) => chosen.has(i.fullUrl)).map((c) => ({ fullUrl: c.fullUrl, resource: c.resource as never })),
      },
    });
  }

  // A file about one patient: its organisations, practitioners and medicines belong to that record even when nothing
  // refers to them (a practice named only by ODS code elsewhere, a practitioner listed once); they are kept with it.
  const only = patients.length === 1 ? patients[0] : undefined;
  if (only) {
    const extra = items.filter((i) => !used.has(i) && SUPPORTING.has(i.resource.resourceType));
    if (extra.length > 0) {
      const chosen = new Set([...(only.bundle.entry ?? []).map((e) => e.fullUrl), ...extra.map((i) => i.fullUrl)]);
      only.bundle.entry = items.filter((i) => chosen.has(i.fullUrl)).map((c) => ({ fullUrl: c.fullUrl, resource: c.resource as never }));
      only.kept = only.bundle.entry.length;
      extra.forEach((i) => used.add(i));
    }
  }

  // References that do not resolve: reported on the resource that holds them, which is kept.
  for (const item of items) {
    for (const r of referencesIn(item.resource)) {
      if (r.reference.startsWith("#") || resolve(r.reference)) continue;
      const gone = dropped.get(r.reference) ?? dropped.get(r.reference.replace(/^.*\/([A-Za-z]+\/[^/]+)$/, "$1"));
      problems.push({
        kind: "unresolved-reference",
        position: item.position,
        message: `${label(item.resource)}.${r.at} → ${r.reference} is not in the file${gone ? ` (${gone} was dropped)` : ""}; ${used.has(item) ? "the resource is kept; this reference will not resolve" : "the resource belongs to no imported patient"}`,
      });
    }
  }
  for (const item of items) {
    if (used.has(item)) continue;
    problems.push({
      kind: "not-linked",
      position: item.position,
      message: `${label(item.resource)} belongs to no imported patient; not imported`,
    });
  }
  if (patients.length === 0 && !problems.some((p) => p.message.includes("has no valid NHS number")))
    return {
      ok: false,
      reason: "no-patient",
      problems: [...problems, { kind: "note", position: "file", message: "No Patient resource found" }],
      entries: raw.length,
    };
  if (decision.signals.length === 0) problems.unshift({ kind: "note", position: "file", message: decision.how });
  return { ok: true, version, versionHow: decision.how, patients, problems, entries: raw.length };
}
