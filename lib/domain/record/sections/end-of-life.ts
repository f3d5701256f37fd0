// End of life and supportive care: resuscitation decisions, preferences, anticipatory medicines, who to call.
import { mapEndOfLife } from "../end-of-life/map-end-of-life";
import { endOfLifeSectionSchema } from "../end-of-life/types";
import { defineSection, gatewayParameter } from "../section-registry/define-section";

export default defineSection({
  slug: "end-of-life",
  title: "End of life and supportive care",
  order: 4,
  key: "endOfLife",
  // The gateway's local record-section code: GP Connect has no List for this dataset.
  lists: { endOfLife: "end-of-life" },
  dateRange: "none",
  socialCare: true,
  gateway: () => gatewayParameter("includeEndOfLife"),
  schema: endOfLifeSectionSchema,
  map: mapEndOfLife,
});
