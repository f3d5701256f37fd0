// The central summary (in the style of the Summary Care Record) as the viewer shows it when the practice cannot
// answer: allergies and current medication, and how old the summary is. Never passed off as the live GP record:
// the label and its age travel with the data (hazard "central summary mistaken for the live record").
import type { Bundle } from "fhir/r4";
import { formatDate } from "../cui/format-date";
import type { AllergyItem } from "../record/allergies/types";
import type { MedicationItem } from "../record/medications/types";
import { mapStructuredRecord } from "./map-record";

export const CENTRAL_SUMMARY_LABEL = "Central summary — not the live GP record";

export type CentralSummaryView = {
  label: typeof CENTRAL_SUMMARY_LABEL;
  /** "20-Oct-2026", or null when the gateway did not say. */
  lastUpdated: string | null;
  /** "12 days old", "updated today", or "age not known": said beside the label, never left out. */
  age: string;
  /** False for a role that sees no medication (social care): then it is not "none". */
  medicationIncluded: boolean;
  currentRepeat: MedicationItem[];
  recentAcute: MedicationItem[];
  allergies: AllergyItem[];
  noKnownAllergies: boolean;
};

const DAY = 86_400_000;

/** How old the summary is, in whole days, in words. */
export function summaryAge(lastUpdated: string | null, now: Date): string {
  const at = lastUpdated ? Date.parse(lastUpdated) : Number.NaN;
  if (Number.isNaN(at)) return "age not known";
  const days = Math.floor((now.getTime() - at) / DAY);
  if (days <= 0) return "updated today";
  if (days === 1) return "1 day old";
  return `${days} days old`;
}

export function isCentralSummary(bundle: Bundle): boolean {
  return (bundle.meta?.tag ?? []).some((t) => t.code === "central-summary");
}

export type CentralSummaryResult = { ok: true; summary: CentralSummaryView } | { ok: false; problem: string };

/** The gateway's central-summary Bundle → what the viewer shows. Refuses a Bundle not tagged as a central summary. */
export function mapCentralSummary(bundle: Bundle, now: Date, medicationIncluded: boolean): CentralSummaryResult {
  if (bundle?.resourceType !== "Bundle" || !isCentralSummary(bundle)) return { ok: false, problem: "not a central summary" };
  const mapped = mapStructuredRecord(bundle, { now, requested: medicationIncluded ? ["allergies", "medications"] : ["allergies"] });
  if (!mapped.ok) return { ok: false, problem: mapped.error.code };
  const summary = mapped.record.summary;
  const lastUpdated = bundle.meta?.lastUpdated ?? null;
  return {
    ok: true,
    summary: {
      label: CENTRAL_SUMMARY_LABEL,
      lastUpdated: lastUpdated ? formatDate(lastUpdated) : null,
      age: summaryAge(lastUpdated, now),
      medicationIncluded,
      currentRepeat: medicationIncluded ? summary.currentRepeat : [],
      recentAcute: medicationIncluded ? summary.recentAcute : [],
      allergies: summary.allergies,
      noKnownAllergies: summary.noKnownAllergies,
    },
  };
}
