// Observations (blood pressure, weight, smoking status…), newest first, flags shown in words.
import type { ObservationItem, ObservationsSection as ObservationsVm } from "@/lib/domain/record/clinical/types";
import { ListSection } from "../list-section";
import { DATE_COLUMN, NAME_COLUMN } from "../record-table";
import type { SectionChrome } from "../section-frame";
import { ObservationValue } from "./observation-cells";
import { chromeOf, type SectionViewProps } from "../section-component";

const cells = (o: ObservationItem) => [o.name, <ObservationValue key="v" item={o} />, o.date.display];

export function ObservationsSection({ section, ...chrome }: SectionChrome & { section: ObservationsVm }) {
  return (
    <ListSection
      section="observations"
      list={section}
      columns={[NAME_COLUMN("Observation"), { header: "Value" }, DATE_COLUMN("Date")]}
      cells={cells}
      noun={{ one: "observation", other: "observations" }}
      {...chrome}
    />
  );
}

/** The observations page, keyed by its slug in the component map. */
export default function ObservationsPage({ data, ...props }: SectionViewProps<"observations">) {
  return <ObservationsSection section={data} {...chromeOf(props)} />;
}
