// What one record page shows, and nothing more: the browser is sent the section on screen, not every section the
// gateway was asked for to build it. The Summary is built from several sections but needs only its own lists and how
// complete each source was; the Medications page needs its lists and the safety findings (the allergies it asked
// for are already in those findings).
//
// A list that grows without bound (medication issues: years of repeats, thousands of rows) opens with its newest
// items and says how many there are in all; every item is one request away ("Show all"), so the list is never cut
// silently. The safety checks have already run on every issue, on the server.
import type { RecordSection } from "../record/section-registry/meta";
import { descriptorOf, type RecordSections } from "../record/section-registry/registry";
import type { Summary } from "../record/summary";
import type { RecordViewModel } from "./record-view-model";

export type SectionContent = Pick<RecordViewModel, "medicationSafety" | "sourceMessages"> & {
  /** The Summary page only. */
  summary: Summary | null;
  /** The section on screen (none on the Summary page); a section that is null was not included. */
  sections: Partial<RecordSections>;
  /** Set when only the newest items were sent: how many the record holds. */
  issuesInRecord: number | null;
};

export type ContentOptions = {
  /** Send every item, not only the newest (sections that allow it: allItemsOnRequest). */
  allIssues?: boolean;
};

export function sectionContent(
  section: RecordSection,
  record: Omit<RecordViewModel, "patient">,
  options: ContentOptions = {},
): SectionContent {
  const d = descriptorOf(section);
  const { sourceMessages } = record;
  // The safety findings go wherever medication is shown: the Summary and Medications pages.
  const medicationSafety = d.kind === "composite" || d.key === "medications" ? record.medicationSafety : null;
  if (d.kind === "composite") return { summary: record.summary, sections: {}, medicationSafety, sourceMessages, issuesInRecord: null };
  const mapped = (record.sections as Record<string, unknown>)[d.key] ?? null;
  const newest = mapped !== null && d.newestOnly && !options.allIssues ? d.newestOnly(mapped) : { section: mapped, inRecord: null };
  return { summary: null, sections: { [d.key]: newest.section }, medicationSafety, sourceMessages, issuesInRecord: newest.inRecord };
}
