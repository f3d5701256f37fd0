// Administrative items (registration, NHS number status) as an NHS summary list: each is a single
// fact, so key–value rows read faster than a table.
import type { AdministrativeSection as AdministrativeVm } from "@/lib/domain/record/administrative/types";
import { EmptyState } from "../empty-state";
import { SectionFrame, type SectionChrome } from "../section-frame";
import { SourceTag } from "../source-tag";
import { SummaryList } from "../summary-list";

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
    </SectionFrame>
  );
}
