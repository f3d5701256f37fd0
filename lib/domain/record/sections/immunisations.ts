// Immunisations.
import { mapImmunisations } from "../clinical/map-other-sections";
import { immunisationsSectionSchema } from "../clinical/types";
import { defineSection, gatewayParameter } from "../section-registry/define-section";

export default defineSection({
  slug: "immunisations",
  title: "Immunisations",
  order: 9,
  key: "immunisations",
  lists: { immunisations: "1102181000000102" },
  // GP Connect has no date filter for immunisations: the range is applied to the mapped items.
  dateRange: "after-mapping",
  socialCare: false,
  gateway: () => gatewayParameter("includeImmunisations"),
  schema: immunisationsSectionSchema,
  map: mapImmunisations,
});
