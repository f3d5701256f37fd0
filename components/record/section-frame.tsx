// The frame every record section shares: heading, completeness banners, then the content. One
// frame, so no section can forget to say whether it is complete.
import type { ReactNode } from "react";
import { sectionTitle, type RecordSection } from "@/lib/domain/record/section-registry/meta";
import type { Completeness } from "@/lib/domain/record/completeness";
import { SectionStatus, type PracticeContact } from "./section-status";
import type { RetryHandler } from "./retry-button";

/** Props every section component takes besides its view model; all optional. */
export type SectionChrome = {
  /** The practice to phone when the section could not be fetched. */
  practice?: PracticeContact | null;
  /** Plain words for what failed, from the error that made the section incomplete. */
  problem?: string | null;
  onRetry?: RetryHandler;
};

// Reserved height shared with the skeleton, so content below does not jump when data arrives.
export const SECTION_MIN_HEIGHT = "min-h-64";

type Props = SectionChrome & {
  section: RecordSection;
  completeness: Completeness;
  children: ReactNode;
};

export function SectionFrame({ section, completeness, practice, problem, onRetry, children }: Props) {
  const title = sectionTitle(section);
  return (
    <section id={section} aria-labelledby={`${section}-title`} className={`mb-10 ${SECTION_MIN_HEIGHT} print:mb-6 print:min-h-0`}>
      <h2 id={`${section}-title`} className="mb-3 text-2xl font-bold" data-page-heading tabIndex={-1}>
        {title}
      </h2>
      <SectionStatus completeness={completeness} sectionTitle={title} practice={practice} problem={problem} onRetry={onRetry} />
      {children}
    </section>
  );
}
