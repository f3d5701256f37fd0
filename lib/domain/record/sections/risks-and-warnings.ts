// Risks and warnings: alerts the practice has flagged (violence, lives alone, safeguarding…).
import { mapRisks } from "../clinical/map-other-sections";
import { risksSectionSchema } from "../clinical/types";
import { defineSection, gatewayParameter } from "../section-registry/define-section";

export default defineSection({
  slug: "risks-and-warnings",
  title: "Risks and warnings",
  order: 5,
  key: "risksAndWarnings",
  // The gateway's local record-section code.
  lists: { risksAndWarnings: "risks-and-warnings" },
  dateRange: "none",
  socialCare: true,
  gateway: () => gatewayParameter("includeRisksAndWarnings"),
  schema: risksSectionSchema,
  map: mapRisks,
});
