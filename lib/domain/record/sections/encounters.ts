// Encounters: consultations, newest first.
import { mapEncounters } from "../clinical/map-encounters";
import { encountersSectionSchema } from "../clinical/types";
import { defineSection, gatewayParameter, periodPart } from "../section-registry/define-section";

export default defineSection({
  slug: "encounters",
  title: "Encounters",
  order: 6,
  key: "encounters",
  lists: { encounters: "1149501000000101" },
  dateRange: "at-gateway",
  socialCare: false,
  gateway: (filter) => gatewayParameter("includeConsultations", [filter ? periodPart("consultationSearchPeriod", filter) : null]),
  schema: encountersSectionSchema,
  map: mapEncounters,
});
