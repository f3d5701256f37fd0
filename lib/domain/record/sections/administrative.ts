// Administrative items: what the Patient and its registration say (registered practice, commissioner, NHS number
// status). The gateway has no administrative List to ask for, so nothing is requested and nothing can be missing.
import { mapAdministrative } from "../administrative/map-administrative";
import { administrativeSectionSchema } from "../administrative/types";
import { defineSection } from "../section-registry/define-section";

export default defineSection({
  slug: "administrative",
  title: "Administrative items",
  order: 11,
  key: "administrative",
  lists: {},
  dateRange: "none",
  socialCare: false,
  gateway: () => null,
  schema: administrativeSectionSchema,
  map: mapAdministrative,
});
