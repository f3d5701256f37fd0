// Encounters, newest first as the source sends them: when, what kind, who, and why. Encounters
// out of hours or elsewhere carry the source tag so they stand out from routine surgery visits.
import { NOT_RECORDED } from "@/lib/domain/cui/not-recorded";
import type { EncounterItem, EncountersSection as EncountersVm } from "@/lib/domain/record/clinical/types";
import { ListSection } from "../list-section";
import { DATE_COLUMN } from "../record-table";
import type { SectionChrome } from "../section-frame";
import { chromeOf, type SectionViewProps } from "../section-component";

const cells = (e: EncounterItem) => [
  e.date.display,
  <span key="t" className="font-bold">
    {e.type}
  </span>,
  e.clinician ?? NOT_RECORDED,
  e.reason,
];

export function EncountersSection({ section, ...chrome }: SectionChrome & { section: EncountersVm }) {
  return (
    <ListSection
      section="encounters"
      list={section}
      columns={[DATE_COLUMN("Date"), { header: "Type" }, { header: "Clinician" }, { header: "Reason" }]}
      cells={cells}
      noun={{ one: "encounter", other: "encounters" }}
      {...chrome}
    />
  );
}

/** The encounters page, keyed by its slug in the component map. */
export default function EncountersPage({ data, ...props }: SectionViewProps<"encounters">) {
  return <EncountersSection section={data} {...chromeOf(props)} />;
}
