// Building blocks of the Summary: a titled part that says when its section was not included,
// and one-line items. Full detail lives on each section's own page.
import type { ReactNode } from "react";
import Link from "next/link";
import { sectionTitle, type RecordSection } from "@/lib/domain/record/section-registry/meta";
import type { Completeness } from "@/lib/domain/record/completeness";
import type { MedicationItem } from "@/lib/domain/record/medications/types";
import { EmptyState } from "../empty-state";
import { ControlledDrugTag, SourceTag } from "../source-tag";

type PartProps = {
  title: string;
  section: RecordSection;
  /** The section's completeness; null when the section was not included in this view. */
  completeness: Completeness | null;
  count: number;
  emptyWhat: string;
  recordHref?: string;
  children: ReactNode;
};

export function SummaryPart({ title, section, completeness, count, emptyWhat, recordHref, children }: PartProps) {
  const id = `summary-${title.toLocaleLowerCase("en-GB").replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="mb-3 print:break-inside-avoid" data-summary-part={section}>
      {/* The link shares the heading's line, so each part costs one line less of the first screen. */}
      <div className="mb-0.5 flex flex-wrap items-baseline justify-between gap-x-4">
        <h3 id={id} className="text-xl font-bold">
          {title}
        </h3>
        {completeness !== null && recordHref && (
          <Link href={`${recordHref}/${section}`} prefetch={false} className="no-print text-base">
            {/* "View" alone on a phone, so it stays on the heading's line; the whole name is still the link's name. */}
            View <span className="max-sm:sr-only">{sectionTitle(section).toLocaleLowerCase("en-GB")}</span>
            <span className="sr-only"> ({title.toLocaleLowerCase("en-GB")})</span>
          </Link>
        )}
      </div>
      {completeness === null ? (
        // Not asked for, or not allowed for this role: never shown as "none recorded".
        <p className="text-nhs-grey">Not included in this view.</p>
      ) : count === 0 ? (
        <EmptyState what={emptyWhat} completeness={completeness} />
      ) : (
        <ul className="divide-y divide-nhs-border border-y border-nhs-border bg-white">{children}</ul>
      )}
    </section>
  );
}

export function SummaryItem({ children }: { children: ReactNode }) {
  return <li className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 px-3 py-1">{children}</li>;
}

export function MedicationLine({ item, when }: { item: MedicationItem; when: string }) {
  return (
    <SummaryItem>
      <span className="font-bold">{item.name}</span>
      <span>{item.dosage}</span>
      <ControlledDrugTag controlledDrug={item.controlledDrug} />
      <SourceTag kind={item.source.kind} />
      <span className="text-base text-nhs-grey">
        {when} {item.lastIssued.display}
      </span>
    </SummaryItem>
  );
}
