// The props every section page component takes (components/record/sections/<slug>.tsx, default export): the
// section's own view model, already checked to be present, and what the page was sent. The component map
// (section-components.generated.ts) is keyed by the same slug as the section's descriptor.
import type { ComponentType } from "react";
import type { SectionContent } from "@/lib/domain/record-view/section-content";
import type { KeyOf, RecordSection } from "@/lib/domain/record/section-registry/meta";
import type { RecordSections } from "@/lib/domain/record/section-registry/registry";
import type { Summary } from "@/lib/domain/record/summary";
import type { SectionChrome } from "./section-frame";

/** A section's view model: record.sections[key], or the Summary for the composed Summary page. */
export type SectionData<S extends RecordSection> = KeyOf<S> extends keyof RecordSections ? NonNullable<RecordSections[KeyOf<S>]> : Summary;

export type SectionViewProps<S extends RecordSection> = SectionChrome & {
  data: SectionData<S>;
  /** Everything the page was sent (safety findings, how many items the record holds). */
  content: SectionContent;
  /** "/patients/9000000009": the Summary links to each section under it. */
  recordHref?: string;
  /** This page with every item (?issues=all), for when only the newest were sent. */
  allIssuesHref?: string;
};

export type SectionComponents = { [S in RecordSection]: ComponentType<SectionViewProps<S>> };

/** The frame props out of a section's props, for passing on to its section component. */
export function chromeOf({ practice, problem, onRetry }: SectionChrome): SectionChrome {
  return { practice, problem, onRetry };
}
