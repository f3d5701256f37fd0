// Immunisations, newest first: vaccine, date, dose number and status.
import { NOT_RECORDED } from "@/lib/domain/cui/not-recorded";
import type { ImmunisationItem, ImmunisationsSection as ImmunisationsVm } from "@/lib/domain/record/clinical/types";
import { ListSection } from "../list-section";
import { DATE_COLUMN, NAME_COLUMN } from "../record-table";
import type { SectionChrome } from "../section-frame";
import { chromeOf, type SectionViewProps } from "../section-component";

const cells = (i: ImmunisationItem) => [
  <span key="v" className="font-bold">
    {i.vaccine}
  </span>,
  i.date.display,
  i.dose === null ? NOT_RECORDED : `Dose ${i.dose}`,
  i.status,
];

export function ImmunisationsSection({ section, ...chrome }: SectionChrome & { section: ImmunisationsVm }) {
  return (
    <ListSection
      section="immunisations"
      list={section}
      columns={[NAME_COLUMN("Vaccine"), DATE_COLUMN("Date"), { header: "Dose" }, { header: "Status" }]}
      cells={cells}
      noun={{ one: "immunisation", other: "immunisations" }}
      {...chrome}
    />
  );
}

/** The immunisations page, keyed by its slug in the component map. */
export default function ImmunisationsPage({ data, ...props }: SectionViewProps<"immunisations">) {
  return <ImmunisationsSection section={data} {...chromeOf(props)} />;
}
