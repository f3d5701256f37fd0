// Current medication whose course type (acute / repeat) the source did not state. It would otherwise fall between the
// repeat and acute lists while the safety checks still count it, so the Summary lists it on its own (issue 10).
import type { Completeness } from "@/lib/domain/record/completeness";
import type { MedicationItem } from "@/lib/domain/record/medications/types";
import { MedicationLine, SummaryPart } from "./summary-parts";

export const TYPE_NOT_RECORDED_TITLE = "Current medication – type not recorded";

export function SummaryTypeNotRecorded({
  items,
  completeness,
  recordHref,
}: {
  items: readonly MedicationItem[];
  completeness: Completeness | null;
  recordHref?: string;
}) {
  // Nothing to say when every current medicine has a type: the repeat and acute parts already say what there is.
  if (items.length === 0) return null;
  return (
    <SummaryPart
      title={TYPE_NOT_RECORDED_TITLE}
      section="medications"
      completeness={completeness}
      count={items.length}
      emptyWhat="current medication without a course type"
      recordHref={recordHref}
    >
      {items.map((m) => (
        <MedicationLine key={m.id} item={m} when="Last issued" />
      ))}
    </SummaryPart>
  );
}
