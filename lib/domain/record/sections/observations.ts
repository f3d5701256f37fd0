// Observations: blood pressure, weight and the other uncategorised data.
import { mapObservations } from "../clinical/map-observations";
import { observationsSectionSchema } from "../clinical/types";
import { defineSection, gatewayParameter, periodPart } from "../section-registry/define-section";

export default defineSection({
  slug: "observations",
  title: "Observations",
  order: 7,
  key: "observations",
  lists: { observations: "826501000000100" },
  dateRange: "at-gateway",
  socialCare: false,
  gateway: (filter) => gatewayParameter("includeUncategorisedData", [filter ? periodPart("uncategorisedDataSearchPeriod", filter) : null]),
  schema: observationsSectionSchema,
  map: mapObservations,
});
