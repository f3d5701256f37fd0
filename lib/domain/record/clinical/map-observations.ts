import type { DiagnosticReport, Observation, Reference } from "fhir/r4";
import { arr, conceptText, dateView } from "../fhir/fhir-values";
import { sourceFor } from "../fhir/source";
import { mapListSection } from "./map-list";
import { mapObservation } from "./observation-value";
import type { InvestigationsSection, ObservationsSection } from "./types";
import type { SectionInput } from "../section-registry/define-section";

export function mapObservations({ index, lists, filter: dateFilter }: SectionInput<"observations">): ObservationsSection {
  return mapListSection(
    lists.observations,
    (r) => (r.resourceType === "Observation" ? mapObservation(r, index) : null),
    (o) => o.date.sortKey,
    dateFilter,
  );
}

export function mapInvestigations({ index, lists, filter: dateFilter }: SectionInput<"investigations">): InvestigationsSection {
  return mapListSection(
    lists.investigations,
    (r) => {
      if (r.resourceType !== "DiagnosticReport") return null;
      const report: DiagnosticReport = r;
      const results = arr<Reference>(report.result)
        .map((ref) => index.resolve<Observation>(ref, "Observation"))
        .flatMap((o) => (o ? [mapObservation(o, index)] : []));
      return {
        id: report.id ?? `report-${conceptText(report.code)}`,
        source: sourceFor(report, index),
        recorded: dateView(report.issued ?? report.effectiveDateTime),
        name: conceptText(report.code, "Investigation not named"),
        date: dateView(report.effectiveDateTime ?? report.effectivePeriod?.start),
        issued: dateView(report.issued, true),
        results,
      };
    },
    (i) => i.date.sortKey,
    dateFilter,
  );
}
