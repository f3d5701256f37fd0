// The record's sections as the viewer shows them: URL slug, heading, and what is asked of the MIG.
// Order is the tab order on the record page.

export const RECORD_SECTIONS = [
  "summary",
  "medications",
  "problems",
  "allergies",
  "end-of-life",
  "risks-and-warnings",
  "encounters",
  "observations",
  "investigations",
  "immunisations",
  "referrals",
  "administrative",
] as const;

export type RecordSection = (typeof RECORD_SECTIONS)[number];

export const SECTION_TITLES: Record<RecordSection, string> = {
  summary: "Summary",
  medications: "Medications",
  problems: "Problems",
  allergies: "Allergies and adverse reactions",
  "end-of-life": "End of life and supportive care",
  "risks-and-warnings": "Risks and warnings",
  encounters: "Encounters",
  observations: "Observations",
  investigations: "Investigations",
  immunisations: "Immunisations",
  referrals: "Referrals",
  administrative: "Administrative items",
};

/** Sections whose items are dated, so a date-range filter makes sense. */
export const TIME_BASED_SECTIONS: ReadonlySet<RecordSection> = new Set<RecordSection>([
  "medications",
  "encounters",
  "observations",
  "investigations",
  "immunisations",
  "referrals",
]);

export function isRecordSection(value: unknown): value is RecordSection {
  return typeof value === "string" && (RECORD_SECTIONS as readonly string[]).includes(value);
}
