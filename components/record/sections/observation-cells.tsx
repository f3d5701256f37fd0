// Observation value with its flag, shared by observations and investigation results, so an
// abnormal value looks the same wherever it appears.
import type { ObservationItem } from "@/lib/domain/record/clinical/types";
import { Tag } from "../tag";

type Flag = NonNullable<ObservationItem["flag"]>;

export function flagLabel(flag: Flag): string {
  switch (flag) {
    case "high":
      return "High";
    case "low":
      return "Low";
    case "abnormal":
      return "Abnormal";
  }
}

export function ObservationValue({ item }: { item: Pick<ObservationItem, "value" | "flag" | "range"> }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="font-bold">{item.value}</span>
      {item.flag && <Tag colour="red">{flagLabel(item.flag)}</Tag>}
      {item.range && <span className="text-base text-nhs-grey">(range {item.range})</span>}
    </span>
  );
}
