// Medications: current repeats, acute items and every issue, across every organisation that prescribed.
import { mapMedications } from "../medications/map-medications";
import { medicationsSectionSchema, type MedicationsSection } from "../medications/types";
import { defineSection, gatewayParameter, gatewayPart } from "../section-registry/define-section";

/** How many of the newest medication issues the Medications page opens with. */
export const RECENT_ISSUES = 100;

// Issues are newest first (mapMedications), so the first ones are the most recent.
function newestIssues(section: MedicationsSection): { section: MedicationsSection; inRecord: number | null } {
  if (section.issues.length <= RECENT_ISSUES) return { section, inRecord: null };
  return { section: { ...section, issues: section.issues.slice(0, RECENT_ISSUES) }, inRecord: section.issues.length };
}

export default defineSection({
  slug: "medications",
  title: "Medications",
  order: 1,
  key: "medications",
  lists: { medication: "933361000000108" },
  // GP Connect filters medication by a start date only.
  dateRange: "from-only",
  socialCare: false,
  // The allergy-conflict check needs the allergies.
  alsoNeeds: ["allergies"],
  allItemsOnRequest: true,
  gateway: (filter) =>
    gatewayParameter("includeMedication", [
      gatewayPart("includePrescriptionIssues", { valueBoolean: true }),
      filter?.from ? gatewayPart("medicationSearchFromDate", { valueDate: filter.from }) : null,
    ]),
  schema: medicationsSectionSchema,
  map: mapMedications,
  newestOnly: newestIssues,
});
