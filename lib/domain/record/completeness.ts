import { z } from "zod";

/**
 * Why a section may not be the whole story. A section is shown as complete only when none of
 * these apply; the UI must show a banner for each reason so a partial list is never read as whole.
 */
export const incompletenessReasonSchema = z.enum(["source-unavailable", "items-withheld", "items-unreadable", "date-filter-applied"]);
export type IncompletenessReason = z.infer<typeof incompletenessReasonSchema>;

export const sectionStatusSchema = z.enum(["complete", ...incompletenessReasonSchema.options]);
export type SectionStatus = z.infer<typeof sectionStatusSchema>;

export const dateFilterSchema = z.object({ from: z.string().nullable(), to: z.string().nullable() });
export type DateFilter = z.infer<typeof dateFilterSchema>;

export const completenessSchema = z.object({
  /** The most serious reason, or "complete". */
  status: sectionStatusSchema,
  reasons: z.array(incompletenessReasonSchema),
  /** Items mapped and shown. */
  shown: z.number().int().nonnegative(),
  /** Items the source says it withheld; null when it said items were withheld but not how many. */
  withheld: z.number().int().nonnegative().nullable(),
  /** Entries present but too malformed to show. */
  unreadable: z.number().int().nonnegative(),
  dateFilter: dateFilterSchema.nullable(),
});
export type Completeness = z.infer<typeof completenessSchema>;

// Order of seriousness: an unavailable source outweighs anything else about the section.
const SERIOUSNESS: readonly IncompletenessReason[] = incompletenessReasonSchema.options;

export interface CompletenessFacts {
  shown: number;
  sourceUnavailable?: boolean;
  /** true = withheld, count unknown; a number = how many. */
  withheld?: boolean | number;
  unreadable?: number;
  dateFilter?: DateFilter | null;
}

export function buildCompleteness(facts: CompletenessFacts): Completeness {
  const withheldCount = typeof facts.withheld === "number" ? facts.withheld : null;
  const isWithheld = facts.withheld === true || (withheldCount ?? 0) > 0;
  const unreadable = facts.unreadable ?? 0;
  const dateFilter = facts.dateFilter && (facts.dateFilter.from !== null || facts.dateFilter.to !== null) ? facts.dateFilter : null;
  const present: Record<IncompletenessReason, boolean> = {
    "source-unavailable": facts.sourceUnavailable === true,
    "items-withheld": isWithheld,
    "items-unreadable": unreadable > 0,
    "date-filter-applied": dateFilter !== null,
  };
  const reasons = SERIOUSNESS.filter((r) => present[r]);
  return {
    status: reasons[0] ?? "complete",
    reasons,
    shown: facts.shown,
    withheld: isWithheld ? withheldCount : 0,
    unreadable,
    dateFilter,
  };
}
