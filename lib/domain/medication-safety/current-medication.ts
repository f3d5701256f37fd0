import type { MedicationItem, MedicationsSection } from "../record/medications/types";
import { sourceKey } from "../record/organisation-kind";
import { daysSupply } from "./days-supply";
import { resolveDrug, type ResolvedDrug } from "./drug-identity";
import type { KnowledgeBase } from "./knowledge-base";
import type { NotChecked } from "./types";

export interface CurrentMedication {
  item: MedicationItem;
  drug: ResolvedDrug;
  /** Just-in-case (anticipatory) medicine: kept in the home, so always checked. */
  inHome: boolean;
}

export interface CurrentOptions {
  now: Date;
  /** An acute course issued within this many days may still be being taken (longer when its supply lasts longer). */
  recentAcuteDays?: number;
}

export interface CurrentSelection {
  current: CurrentMedication[];
  notChecked: NotChecked[];
}

export const DEFAULT_RECENT_ACUTE_DAYS = 28;
const DAY = 86_400_000;
/** A repeat not issued for this long (and for three of its supplies) is dormant, not silently current. */
const DORMANT_AFTER_DAYS = 180;

export type CurrentDecision = { current: true } | { current: false; dormantSince?: string };

function supplyDays(item: MedicationItem): number {
  return daysSupply(item.quantity, item.dosage) ?? 28;
}

/**
 * Whether a medicine may be being taken now, from its authorisation status, end date, last issue and
 * expected supply. Stopped items are never current; just-in-case medicines in the home always are.
 */
export function decideCurrent(item: MedicationItem, options: CurrentOptions): CurrentDecision {
  const now = options.now.getTime();
  if (item.status === "stopped" || item.discontinued !== null) return { current: false };
  if (item.anticipatory === true) return { current: true };
  const last = item.lastIssued.sortKey ?? item.started.sortKey;
  const supply = supplyDays(item);
  const isRepeat =
    item.prescriptionType === "repeat" ||
    item.prescriptionType === "repeat-dispensing" ||
    (item.prescriptionType === "unknown" && item.status === "active");
  if (isRepeat) {
    if (item.status === "active") {
      if (last === null) return { current: true };
      const idle = (now - last) / DAY;
      if (idle > Math.max(DORMANT_AFTER_DAYS, 3 * supply)) return { current: false, dormantSince: item.lastIssued.display };
      return { current: true };
    }
    // Completed or unknown status: still being taken while the last supply lasts.
    return last !== null && (now - last) / DAY <= supply * 1.5 + 7 ? { current: true } : { current: false };
  }
  if (item.ended.sortKey !== null && item.ended.sortKey < now && last !== null && (now - last) / DAY > supply + 7)
    return { current: false };
  const window = Math.max(options.recentAcuteDays ?? DEFAULT_RECENT_ACUTE_DAYS, supply + 7);
  return last !== null && last <= now + DAY && (now - last) / DAY <= window ? { current: true } : { current: false };
}

/** Current medicines, identified; everything current but unidentified, and every dormant repeat, is listed as not checked. */
export function selectCurrentMedication(section: MedicationsSection, kb: KnowledgeBase, options: CurrentOptions): CurrentSelection {
  // A used-up repeat authorisation re-authorised as a new one is the same medicine, not a second supply.
  const productKey = (item: MedicationItem) => `${sourceKey(item.source)}|${item.name.toLocaleLowerCase("en-GB")}`;
  const activeRepeats = new Set(section.all.filter((i) => i.prescriptionType !== "acute" && i.status === "active").map(productKey));
  const seen = new Set<string>();
  const current: CurrentMedication[] = [];
  const notChecked: NotChecked[] = [];
  for (const item of [...section.currentRepeat, ...section.acute, ...section.all]) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    if (item.prescriptionType !== "acute" && item.status !== "active" && activeRepeats.has(productKey(item))) continue;
    const decision = decideCurrent(item, options);
    if (!decision.current) {
      if (decision.dormantSince !== undefined) {
        notChecked.push({
          medicationId: item.id,
          name: item.name,
          reason: "dormant",
          detail: `dormant repeat — not issued since ${decision.dormantSince}`,
        });
      }
      continue;
    }
    const drug = resolveDrug(kb, item.drug, item.name);
    if (!drug.identified) {
      notChecked.push({ medicationId: item.id, name: item.name, reason: "not-identified", detail: null });
      continue;
    }
    current.push({ item, drug, inHome: item.anticipatory === true });
  }
  return { current, notChecked };
}
