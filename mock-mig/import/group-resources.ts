// FHIR JSON in (Bundle of any type, a resource, or an array) → one stored Bundle per patient with a
// valid NHS number: the Patient, everything that refers to it, and what those refer to.

import type { Bundle, BundleEntry, FhirResource, Patient } from "fhir/r4";
import { isValidNhsNumber } from "../../lib/domain/nhs-number";
import { hashString } from "../population/prng";
import { FHIR_BASE, SYSTEMS } from "../fhir/systems";

export interface ImportProblem {
  message: string;
}

interface Item {
  fullUrl: string;
  resource: FhirResource;
}

const SUPPORTING = new Set(["Organization", "Practitioner", "PractitionerRole", "Medication", "Location", "Device"]);

function isResource(value: unknown): value is FhirResource {
  return typeof value === "object" && value !== null && typeof (value as { resourceType?: unknown }).resourceType === "string";
}

function flatten(input: unknown, out: Item[]): void {
  if (Array.isArray(input)) {
    input.forEach((x) => flatten(x, out));
    return;
  }
  if (!isResource(input)) return;
  if (input.resourceType === "Bundle") {
    for (const entry of (input as Bundle).entry ?? []) {
      if (entry.resource) out.push(withId(entry as BundleEntry & { resource: FhirResource }));
    }
    return;
  }
  out.push(withId({ resource: input }));
}

function withId(entry: { fullUrl?: string; resource: FhirResource }): Item {
  const resource = entry.resource;
  if (!resource.id) resource.id = `imp-${hashString(JSON.stringify(resource)).toString(16)}`;
  return { fullUrl: entry.fullUrl ?? `${FHIR_BASE}/${resource.resourceType}/${resource.id}`, resource };
}

/** Every reference string inside a resource. */
function referencesIn(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => referencesIn(v, out));
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === "reference" && typeof v === "string") out.add(v);
      else referencesIn(v, out);
    }
  }
  return out;
}

export function nhsNumberOf(patient: Patient): string | undefined {
  return patient.identifier?.find((i) => i.system === SYSTEMS.nhsNumber)?.value?.replace(/\s/g, "");
}

export function groupByPatient(input: unknown): { bundles: Bundle[]; problems: ImportProblem[] } {
  const items: Item[] = [];
  flatten(input, items);
  const byRef = new Map<string, Item>();
  for (const item of items) {
    byRef.set(item.fullUrl, item);
    byRef.set(`${item.resource.resourceType}/${item.resource.id ?? ""}`, item);
  }
  const problems: ImportProblem[] = [];
  const bundles: Bundle[] = [];
  for (const item of items) {
    if (item.resource.resourceType !== "Patient") continue;
    const patient = item.resource;
    const nhs = nhsNumberOf(patient);
    if (!nhs || !isValidNhsNumber(nhs)) {
      problems.push({ message: `Patient/${patient.id ?? "?"} has no valid NHS number (system ${SYSTEMS.nhsNumber}); skipped` });
      continue;
    }
    const mine = new Set([item.fullUrl, `Patient/${patient.id ?? ""}`]);
    const chosen = new Map<string, Item>([[item.fullUrl, item]]);
    for (const other of items) {
      if (other.resource.resourceType === "Patient" || SUPPORTING.has(other.resource.resourceType)) continue;
      const refs = referencesIn(other.resource, new Set());
      if ([...refs].some((r) => mine.has(r))) chosen.set(other.fullUrl, other);
    }
    // Pull in what the chosen resources refer to (two levels: request → role → organisation).
    for (let pass = 0; pass < 2; pass++) {
      for (const c of [...chosen.values()]) {
        for (const r of referencesIn(c.resource, new Set())) {
          const target = byRef.get(r);
          if (target && SUPPORTING.has(target.resource.resourceType)) chosen.set(target.fullUrl, target);
        }
      }
    }
    bundles.push({
      resourceType: "Bundle",
      type: "collection",
      entry: [...chosen.values()].map((c) => ({ fullUrl: c.fullUrl, resource: c.resource })),
    });
  }
  if (bundles.length === 0 && problems.length === 0) problems.push({ message: "No Patient resource found" });
  return { bundles, problems };
}
