// Investigations with their results listed inside the row, so a result is never read without
// the test and date it belongs to.
import type { InvestigationItem, InvestigationsSection as InvestigationsVm } from "@/lib/domain/record/clinical/types";
import { ListSection } from "../list-section";
import { DATE_COLUMN, NAME_COLUMN } from "../record-table";
import type { SectionChrome } from "../section-frame";
import { ObservationValue } from "./observation-cells";
import { chromeOf, type SectionViewProps } from "../section-component";

function Results({ item }: { item: InvestigationItem }) {
  if (item.results.length === 0) return <span className="text-nhs-grey">No results recorded</span>;
  return (
    <ul className="space-y-1">
      {item.results.map((r) => (
        <li key={r.id}>
          {r.name}: <ObservationValue item={r} />
        </li>
      ))}
    </ul>
  );
}

const cells = (i: InvestigationItem) => [
  <span key="n" className="font-bold">
    {i.name}
  </span>,
  i.date.display,
  <Results key="r" item={i} />,
];

export function InvestigationsSection({ section, ...chrome }: SectionChrome & { section: InvestigationsVm }) {
  return (
    <ListSection
      section="investigations"
      list={section}
      columns={[NAME_COLUMN("Investigation"), DATE_COLUMN("Date"), { header: "Results" }]}
      cells={cells}
      noun={{ one: "investigation", other: "investigations" }}
      {...chrome}
    />
  );
}

/** The investigations page, keyed by its slug in the component map. */
export default function InvestigationsPage({ data, ...props }: SectionViewProps<"investigations">) {
  return <InvestigationsSection section={data} {...chromeOf(props)} />;
}
