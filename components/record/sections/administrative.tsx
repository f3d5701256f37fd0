// Administrative items (registration, NHS number status) as an NHS summary list: each is a single
// fact, so key–value rows read faster than a table.
import type { AdministrativeSection as AdministrativeVm } from "@/lib/domain/record/administrative/types";
import { EmptyState } from "../empty-state";
import { SectionFrame, type SectionChrome } from "../section-frame";
import { SourceTag } from "../source-tag";
import { SummaryList } from "../summary-list";
import { chromeOf, type SectionViewProps } from "../section-component";
import { Callout } from "../../ui/callout";

export function AdministrativeSection({ section, ...chrome }: SectionChrome & { section: AdministrativeVm }) {
  const c = section.completeness;
  return (
    <SectionFrame section="administrative" completeness={c} {...chrome}>
      {section.items.length === 0 ? (
        <EmptyState what="administrative items" completeness={c} />
      ) : (
        <SummaryList
          rows={section.items.map((item) => ({
            key: item.label,
            value: (
              <span className="inline-flex flex-wrap items-baseline gap-2">
                {item.value}
                <SourceTag kind={item.source.kind} />
              </span>
            ),
          }))}
        />
      )}
      <Callout tone="inset" className="mt-6 p-4" as="p">
        These details come from the patient&apos;s registration. The record sharing gateway does not share other administrative items, such
        as appointments.
      </Callout>
    </SectionFrame>
  );
}

/** The administrative page, keyed by its slug in the component map. */
export default function AdministrativePage({ data, ...props }: SectionViewProps<"administrative">) {
  return <AdministrativeSection section={data} {...chromeOf(props)} />;
}
