// Risks and warnings (safety, behavioural, clinical, contact). Active warnings come first and
// are tagged, because a paramedic at the door needs them before anything else.
import type { RiskItem, RisksSection as RisksVm } from "@/lib/domain/record/clinical/types";
import { ListSection } from "../list-section";
import { DATE_COLUMN, NAME_COLUMN } from "../record-table";
import type { SectionChrome } from "../section-frame";
import { Tag } from "../tag";
import { chromeOf, type SectionViewProps } from "../section-component";

/** Active first; the sort is stable, so the source's order holds within each group. */
export const activeFirst = (items: readonly RiskItem[]) => [...items].sort((a, b) => Number(b.active) - Number(a.active));

export function RiskCell({ risk }: { risk: RiskItem }) {
  return (
    <div className="space-y-1">
      <p className="font-bold">{risk.text}</p>
      <p className="flex flex-wrap items-center gap-2">
        {risk.active ? <Tag colour="red">Active</Tag> : <Tag colour="grey">Ended</Tag>}
        <span className="text-nhs-grey">{risk.category}</span>
      </p>
    </div>
  );
}

const cells = (r: RiskItem) => [<RiskCell key="r" risk={r} />, r.since.display];

export function RisksAndWarningsSection({ section, ...chrome }: SectionChrome & { section: RisksVm }) {
  return (
    <ListSection
      section="risks-and-warnings"
      list={{ completeness: section.completeness, items: activeFirst(section.items) }}
      columns={[NAME_COLUMN("Warning"), DATE_COLUMN("Since")]}
      cells={cells}
      noun={{ one: "warning", other: "warnings" }}
      emptyWhat="risks or warnings"
      {...chrome}
    />
  );
}

/** The risks-and-warnings page, keyed by its slug in the component map. */
export default function RisksAndWarningsPage({ data, ...props }: SectionViewProps<"risks-and-warnings">) {
  return <RisksAndWarningsSection section={data} {...chromeOf(props)} />;
}
