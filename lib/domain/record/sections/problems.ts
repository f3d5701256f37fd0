// Problems: active and past, major and minor.
import { mapProblems } from "../clinical/map-problems";
import { problemsSectionSchema } from "../clinical/types";
import { defineSection, gatewayParameter } from "../section-registry/define-section";

export default defineSection({
  slug: "problems",
  title: "Problems",
  order: 2,
  key: "problems",
  lists: { problems: "717711000000103" },
  dateRange: "none",
  socialCare: false,
  gateway: () => gatewayParameter("includeProblems"),
  schema: problemsSectionSchema,
  map: mapProblems,
});
