// One entry point for the record pages: the section named in the URL, drawn by the component its slug names in the
// component map. A section the record does not include says so; it is never drawn as an empty list.
import type { ComponentType } from "react";
import type { SectionContent } from "@/lib/domain/record-view/section-content";
import { sectionMeta, sectionTitle, type RecordSection } from "@/lib/domain/record/section-registry/meta";
import { SECTION_COMPONENTS } from "./section-components.generated";
import type { SectionViewProps } from "./section-component";
import type { SectionChrome } from "./section-frame";
import { SourceMessages } from "./source-messages";
import { Callout } from "../ui/callout";

export function NotIncluded({ section, reason }: { section: RecordSection; reason: string }) {
  return (
    <section id={section} aria-labelledby={`${section}-title`} className="mb-10">
      <h2 id={`${section}-title`} className="mb-3 text-2xl font-bold">
        {sectionTitle(section)}
      </h2>
      <Callout tone="info" className="p-4">
        <p>{reason}</p>
      </Callout>
    </section>
  );
}

const NOT_INCLUDED = "This section is not included in this view. It was not requested, or your role does not allow it.";

type Props = SectionChrome & {
  section: RecordSection;
  /** What the page was sent (a whole record view model will do too). */
  record: SectionContent;
  /** "/patients/9000000009": the Summary links to each section under it. */
  recordHref?: string;
  /** This page with every item (?issues=all), for when only the newest were sent. */
  allIssuesHref?: string;
};

export function RecordSectionView({ section, record, ...rest }: Props) {
  const key = sectionMeta(section).key;
  const data = key === null ? record.summary : (record.sections as Record<string, unknown>)[key];
  // The map is keyed by slug; each component is typed for its own slug, so here it is taken as any section's.
  const Component = SECTION_COMPONENTS[section] as ComponentType<SectionViewProps<RecordSection>>;
  return (
    <>
      <SourceMessages messages={record.sourceMessages} />
      {data === null || data === undefined ? (
        <NotIncluded section={section} reason={NOT_INCLUDED} />
      ) : (
        <Component data={data as SectionViewProps<RecordSection>["data"]} content={record} {...rest} />
      )}
    </>
  );
}
