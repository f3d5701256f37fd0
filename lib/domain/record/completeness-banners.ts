import type { Completeness, IncompletenessReason } from "./completeness";
import { formatCalendarDate } from "../cui/calendar-date";

export interface CompletenessBanner {
  reason: IncompletenessReason;
  /** Warning banners must stand out (NHS warning callout); information banners use inset text. */
  tone: "warning" | "information";
  text: string;
}

// GP Connect's standard wording for withheld items; it must not hint at what was withheld.
const WITHHELD = "Items excluded due to confidentiality and/or patient preferences.";

function describeFilter(c: Completeness): string {
  const from = c.dateFilter?.from ? formatCalendarDate(c.dateFilter.from, c.dateFilter.from) : null;
  const to = c.dateFilter?.to ? formatCalendarDate(c.dateFilter.to, c.dateFilter.to) : null;
  if (from && to) return `Showing items from ${from} to ${to} only. Earlier or later items are not shown.`;
  if (from) return `Showing items from ${from} onwards only. Earlier items are not shown.`;
  return `Showing items up to ${to ?? "the selected date"} only. Later items are not shown.`;
}

function bannerFor(reason: IncompletenessReason, c: Completeness, sectionName: string): CompletenessBanner {
  switch (reason) {
    case "source-unavailable":
      return {
        reason,
        tone: "warning",
        text: `${sectionName} could not be retrieved from the GP practice. This does not mean there is nothing recorded.`,
      };
    case "items-withheld":
      return { reason, tone: "information", text: WITHHELD };
    case "items-unreadable": {
      const n = c.unreadable;
      return {
        reason,
        tone: "warning",
        text: `${n} ${n === 1 ? "item" : "items"} in ${sectionName.toLowerCase()} could not be read and ${n === 1 ? "is" : "are"} not shown. Check the GP record directly.`,
      };
    }
    case "date-filter-applied":
      return { reason, tone: "information", text: describeFilter(c) };
  }
}

/**
 * The banners a section must show so a partial list is never read as the whole record; plus the
 * "No … recorded" line for an empty, complete section. Empty array = complete and non-empty.
 */
export function completenessBanners(c: Completeness, sectionName: string): CompletenessBanner[] {
  return c.reasons.map((reason) => bannerFor(reason, c, sectionName));
}

export function emptySectionText(c: Completeness, sectionName: string): string | null {
  if (c.shown > 0) return null;
  if (c.status === "source-unavailable") return null;
  return c.status === "complete" ? `No ${sectionName.toLowerCase()} recorded.` : `No ${sectionName.toLowerCase()} to show.`;
}
