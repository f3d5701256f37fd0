// Investigations: test requests and results.
import { mapInvestigations } from "../clinical/map-observations";
import { investigationsSectionSchema } from "../clinical/types";
import { defineSection, gatewayParameter } from "../section-registry/define-section";

export default defineSection({
  slug: "investigations",
  title: "Investigations",
  order: 8,
  key: "investigations",
  lists: { investigations: "887191000000108" },
  // GP Connect has no date filter for investigations: the range is applied to the mapped items.
  dateRange: "after-mapping",
  socialCare: false,
  gateway: () => gatewayParameter("includeInvestigations"),
  schema: investigationsSectionSchema,
  map: mapInvestigations,
});
