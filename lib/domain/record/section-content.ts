// What one record page shows, and nothing more: the browser is sent the section on screen, not every section the
// MIG was asked for to build it. The Summary is built from five sections but needs only its own lists and how
// complete each source was; the Medications page needs its lists and the safety findings (the allergies it asked
// for are already in those findings).
//
// Medication issues are the one list that grows without bound (years of repeats: thousands of rows). The page opens
// with the most recent ones and says how many there are in all; every issue is one request away ("Show all"), so the
// list is never cut silently. The safety checks have already run on every issue, on the server.
import type { RecordSection } from "../access/sections";
import type { RecordSections, RecordViewModel } from "./record-types";
import { SECTION_KEY } from "./request-plan";
import type { Summary } from "./summary";

/** How many of the newest medication issues the Medications page opens with. */
export const RECENT_ISSUES = 100;

export type SectionContent = Pick<RecordViewModel, "medicationSafety" | "sourceMessages"> & {
  /** The Summary page only. */
  summary: Summary | null;
  /** The section on screen (none on the Summary page); a section that is null was not included. */
  sections: Partial<RecordSections>;
  /** Set when the medication issues sent are only the newest: how many the record holds. */
  issuesInRecord: number | null;
};

export type ContentOptions = {
  /** Send every medication issue, not only the newest RECENT_ISSUES. */
  allIssues?: boolean;
};

export function sectionContent(section: RecordSection, record: Omit<RecordViewModel, "patient">, options: ContentOptions = {}): SectionContent {
  const { medicationSafety, sourceMessages } = record;
  if (section === "summary") return { summary: record.summary, sections: {}, medicationSafety, sourceMessages, issuesInRecord: null };
  const base = { summary: null, sourceMessages, issuesInRecord: null };
  if (section !== "medications") return { ...base, sections: { [SECTION_KEY[section]]: record.sections[SECTION_KEY[section]] }, medicationSafety: null };

  const medications = record.sections.medications;
  if (!medications || options.allIssues || medications.issues.length <= RECENT_ISSUES) return { ...base, sections: { medications }, medicationSafety };
  // Issues are newest first (mapMedications), so the first ones are the most recent.
  return {
    ...base,
    sections: { medications: { ...medications, issues: medications.issues.slice(0, RECENT_ISSUES) } },
    medicationSafety,
    issuesInRecord: medications.issues.length,
  };
}
