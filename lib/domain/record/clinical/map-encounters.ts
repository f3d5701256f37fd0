import type { CodeableConcept, Encounter } from "fhir/r4";
import { arr, conceptText, dateView, str } from "../fhir/fhir-values";
import { clinicianName, sourceFor } from "../fhir/source";
import { mapListSection } from "./map-list";
import type { EncountersSection } from "./types";
import type { SectionInput } from "../section-registry/define-section";

export function mapEncounters({ index, lists, filter: dateFilter }: SectionInput<"encounters">): EncountersSection {
  return mapListSection(
    lists.encounters,
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
