// The Summary: what an urgent-care clinician needs first, composed from the sections below (see ../summary.ts).
// Each role gets the part of it its policy allows: a social-care worker's Summary is built from allergies, risks and
// end-of-life wishes only.
import { summarySchema } from "../summary";
import { defineCompositeSection } from "../section-registry/define-section";

export default defineCompositeSection({
  slug: "summary",
  title: "Summary",
  order: 0,
  needs: ["medications", "allergies", "problems", "risks-and-warnings", "end-of-life", "encounters"],
  dateRange: "none",
  socialCare: true,
  schema: summarySchema,
});
