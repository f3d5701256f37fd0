// What an empty list means depends on whether the list is whole: "No allergies recorded" is only
// said when the section is complete; otherwise the text says why an empty list proves nothing.
import type { Completeness } from "@/lib/domain/record/completeness";
import { describeDateFilter, incompleteReasons } from "./section-status";
import { Callout } from "../ui/callout";

export type EmptyStateProps = {
  /** Lower case, plural: "allergies", "discontinued repeat medication". */
  what: string;
  completeness: Completeness;
  /** Follows "recorded": "in the last 12 months". */
  qualifier?: string;
};

export function emptyStateText({ what, completeness, qualifier }: EmptyStateProps): { title: string; detail: string | null } {
  const q = qualifier ? ` ${qualifier}` : "";
  const reasons = incompleteReasons(completeness);
  if (reasons.length === 0) return { title: `No ${what} recorded${q}`, detail: null };
  if (reasons.includes("source-unavailable")) {
    return { title: `No ${what}${q} could be fetched`, detail: "This does not mean the patient has none. Phone the practice." };
  }
  if (reasons.length === 1 && reasons[0] === "date-filter-applied" && completeness.dateFilter) {
    return {
      title: `No ${what} recorded ${describeDateFilter(completeness.dateFilter)}`,
      detail: "Items outside these dates are not shown.",
    };
  }
  return {
    title: `No ${what}${q} shown`,
    detail: "Some items were withheld, filtered out or could not be read, so this does not mean the patient has none.",
  };
}

export function EmptyState(props: EmptyStateProps) {
  const { title, detail } = emptyStateText(props);
  return (
    <Callout tone="inset" className="mb-6 px-4 py-3">
      <p className="font-bold">{title}</p>
      {detail && <p className="text-nhs-grey">{detail}</p>}
    </Callout>
  );
}
