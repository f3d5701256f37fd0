// What one record page shows, and nothing more: the browser is sent the section on screen, not every section the
// MIG was asked for to build it. The Summary is built from five sections but needs only its own lists and how
// complete each source was; the Medications page needs its lists and the safety findings (the allergies it asked
// for are already in those findings).
import type { RecordSection } from "../access/sections";
import type { RecordSections, RecordViewModel } from "./record-types";
import { SECTION_KEY } from "./request-plan";
import type { Summary } from "./summary";

export type SectionContent = Pick<RecordViewModel, "medicationSafety" | "sourceMessages"> & {
  /** The Summary page only. */
  summary: Summary | null;
  /** The section on screen (none on the Summary page); a section that is null was not included. */
  sections: Partial<RecordSections>;
};

export function sectionContent(section: RecordSection, record: Omit<RecordViewModel, "patient">): SectionContent {
  const { medicationSafety, sourceMessages } = record;
  if (section === "summary") return { summary: record.summary, sections: {}, medicationSafety, sourceMessages };
  const key = SECTION_KEY[section];
  return {
    summary: null,
    sections: { [key]: record.sections[key] },
    medicationSafety: section === "medications" ? medicationSafety : null,
    sourceMessages,
  };
}
