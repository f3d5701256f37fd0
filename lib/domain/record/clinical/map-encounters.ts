import type { CodeableConcept, Encounter } from "fhir/r4";
import type { DateFilter } from "../completeness";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, conceptText, dateView, str } from "../fhir/fhir-values";
import { clinicianName, sourceFor } from "../fhir/source";
import { mapListSection } from "./map-list";
import type { EncountersSection } from "./types";

export function mapEncounters(index: BundleIndex, dateFilter?: DateFilter | null): EncountersSection {
  return mapListSection(
    index,
    "encounters",
    (r) => {
      if (r.resourceType !== "Encounter") return null;
      const e: Encounter = r;
      return {
        id: e.id ?? `encounter-${str(e.period?.start) ?? "undated"}`,
        source: sourceFor(e, index),
        recorded: dateView(e.period?.start),
        type: conceptText(arr<CodeableConcept>(e.type)[0], str(e.class?.display) ?? "Consultation"),
        date: dateView(e.period?.start, true),
        clinician: clinicianName(arr<NonNullable<Encounter["participant"]>[number]>(e.participant)[0]?.individual, index),
        reason: conceptText(arr<CodeableConcept>(e.reasonCode)[0]),
      };
    },
    (e) => e.date.sortKey,
    dateFilter,
  );
}
