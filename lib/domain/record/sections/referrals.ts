// Referrals.
import { mapReferrals } from "../clinical/map-other-sections";
import { referralsSectionSchema } from "../clinical/types";
import { defineSection, gatewayParameter } from "../section-registry/define-section";

export default defineSection({
  slug: "referrals",
  title: "Referrals",
  order: 10,
  key: "referrals",
  lists: { referrals: "792931000000107" },
  // GP Connect has no date filter for referrals: the range is applied to the mapped items.
  dateRange: "after-mapping",
  socialCare: false,
  gateway: () => gatewayParameter("includeReferrals"),
  schema: referralsSectionSchema,
  map: mapReferrals,
});
