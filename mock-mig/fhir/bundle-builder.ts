// Collects resources for one Bundle: each added once, in a stable order, with fullUrls that the
// relative references inside resolve against.

import type { Bundle, FhirResource, Reference } from "fhir/r4";
import { FHIR_BASE, PROFILES } from "./systems";

export class BundleBuilder {
  private readonly entries = new Map<string, FhirResource>();

  has(type: string, id: string): boolean {
    return this.entries.has(`${type}/${id}`);
  }

  add<T extends FhirResource>(resource: T): T {
    const key = `${resource.resourceType}/${resource.id ?? ""}`;
    if (!this.entries.has(key)) {
      const profile = (PROFILES as Record<string, string>)[resource.resourceType];
      if (profile && !resource.meta?.profile) resource.meta = { ...resource.meta, profile: [profile] };
      this.entries.set(key, resource);
    }
    return resource;
  }

  resources(): FhirResource[] {
    return [...this.entries.values()];
  }

  toBundle(type: "collection" | "searchset", extra: Partial<Bundle> = {}): Bundle {
    return {
      resourceType: "Bundle",
      type,
      ...extra,
      entry: this.resources().map((resource) => ({ fullUrl: `${FHIR_BASE}/${resource.resourceType}/${resource.id ?? ""}`, resource })),
    };
  }
}

export function ref(type: string, id: string, display?: string): Reference {
  return display ? { reference: `${type}/${id}`, display } : { reference: `${type}/${id}` };
}
