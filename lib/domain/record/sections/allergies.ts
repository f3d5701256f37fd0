// Allergies and adverse reactions: the active List and the resolved one.
import { mapAllergies } from "../allergies/map-allergies";
import { allergiesSectionSchema } from "../allergies/types";
import { defineSection, gatewayParameter, gatewayPart } from "../section-registry/define-section";

export default defineSection({
  slug: "allergies",
  title: "Allergies and adverse reactions",
  order: 3,
  key: "allergies",
  lists: { allergies: "886921000000105", resolvedAllergies: "1103671000000101" },
  dateRange: "none",
  socialCare: true,
  gateway: () => gatewayParameter("includeAllergies", [gatewayPart("includeResolvedAllergies", { valueBoolean: true })]),
  schema: allergiesSectionSchema,
  map: mapAllergies,
});
