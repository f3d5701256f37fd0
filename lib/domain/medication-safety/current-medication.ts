import { subDays } from "date-fns";
import type { MedicationItem, MedicationsSection } from "../record/medications/types";
import { resolveDrug, type ResolvedDrug } from "./drug-identity";
import type { KnowledgeBase } from "./knowledge-base";

export interface CurrentMedication {
  item: MedicationItem;
  drug: ResolvedDrug;
}

export interface CurrentOptions {
  now: Date;
  /** An acute course issued within this many days may still be being taken. */
  recentAcuteDays?: number;
}

export const DEFAULT_RECENT_ACUTE_DAYS = 28;

function lastActivity(item: MedicationItem): number | null {
  return item.lastIssued.sortKey ?? item.started.sortKey;
}

/**
 * What the patient may be taking now: active repeats, plus acute courses issued recently. Stopped
 * items are excluded even if recently issued: a prescriber decided they should not be taken.
 */
export function selectCurrentMedication(section: MedicationsSection, kb: KnowledgeBase, options: CurrentOptions): CurrentMedication[] {
  const since = subDays(options.now, options.recentAcuteDays ?? DEFAULT_RECENT_ACUTE_DAYS).getTime();
  const seen = new Set<string>();
  const current: CurrentMedication[] = [];
  for (const item of [...section.currentRepeat, ...section.acute, ...section.all]) {
    if (seen.has(item.id) || !isCurrent(item, since)) continue;
    seen.add(item.id);
    current.push({ item, drug: resolveDrug(kb, item.drug, item.name) });
  }
  return current;
}

function isCurrent(item: MedicationItem, since: number): boolean {
  if (item.status === "stopped") return false;
  switch (item.prescriptionType) {
    case "repeat":
    case "repeat-dispensing":
      return item.status === "active";
    case "acute":
      // An acute course is "completed" once issued, yet is being taken for days afterwards.
      return recent(item, since);
    case "unknown":
      return item.status === "active" || recent(item, since);
  }
}

function recent(item: MedicationItem, since: number): boolean {
  const at = lastActivity(item);
  return at !== null && at >= since;
}
