import { addDays, subDays } from "date-fns";
import { formatDate } from "../cui/format-date";
import type { MedicationIssue, MedicationItem, MedicationsSection } from "../record/medications/types";
import { describeSource, sourceKey } from "../record/organisation-kind";
import { joinWords } from "./describe";
import { drugLabel, resolveDrug } from "./drug-identity";
import type { KnowledgeBase } from "./knowledge-base";
import type { SafetyFinding } from "./types";

export interface ControlledDrugOptions {
  now: Date;
  /** Length of the sliding window. */
  windowDays?: number;
  /** Acute issues of one controlled drug within a window that make a pattern. */
  minAcuteIssues?: number;
  /** Only issues this recent are considered; an old pattern is history, not a current risk. */
  lookbackDays?: number;
}

interface CdIssue {
  issue: MedicationIssue;
  at: number;
  acute: boolean;
  schedule: string | null;
}

/**
 * Obtaining a controlled drug from several places is found in the issues, not the plans: each
 * OOH or temporary-resident course is a separate plan with one issue. A window is a pattern when
 * it holds `minAcuteIssues` acute issues (repeat CDs dispensed in instalments are expected to be
 * frequent, so they count only towards the organisations test) or issues from two or more
 * organisations. The busiest window per drug is reported, once.
 */
export function findControlledDrugPatterns(section: MedicationsSection, kb: KnowledgeBase, options: ControlledDrugOptions): SafetyFinding[] {
  const windowDays = options.windowDays ?? 28;
  const minAcute = options.minAcuteIssues ?? 3;
  const from = subDays(options.now, options.lookbackDays ?? 365).getTime();
  const plans = new Map<string, MedicationItem>(section.all.map((p) => [p.id, p]));
  const byDrug = new Map<string, CdIssue[]>();
  for (const issue of section.issues) {
    const at = issue.issued.sortKey;
    if (at === null || at < from || at > options.now.getTime()) continue;
    const plan = issue.planId === null ? undefined : plans.get(issue.planId);
    const drug = resolveDrug(kb, issue.drug, issue.medicationName);
    for (const ingredient of drug.ingredients) {
      const schedule = issue.controlledDrug?.schedule ?? plan?.controlledDrug?.schedule ?? kb.controlledSchedule(ingredient);
      if (schedule == null) continue;
      // An issue whose plan is missing counts as acute: unknown should not hide a pattern.
      const acute = plan === undefined || (plan.prescriptionType !== "repeat" && plan.prescriptionType !== "repeat-dispensing");
      byDrug.set(ingredient, [...(byDrug.get(ingredient) ?? []), { issue, at, acute, schedule: schedule === "unknown" ? null : schedule }]);
    }
  }
  const findings: SafetyFinding[] = [];
  for (const [ingredient, issues] of byDrug) {
    const window = busiestWindow(issues.sort((a, b) => a.at - b.at), windowDays, minAcute);
    if (window !== null) findings.push(toFinding(ingredient, window, windowDays, minAcute));
  }
  return findings;
}

function busiestWindow(sorted: readonly CdIssue[], windowDays: number, minAcute: number): CdIssue[] | null {
  let best: CdIssue[] | null = null;
  for (const [i, first] of sorted.entries()) {
    const end = addDays(first.at, windowDays).getTime();
    const window = sorted.slice(i).filter((x) => x.at < end);
    const qualifies = window.filter((x) => x.acute).length >= minAcute || organisations(window) >= 2;
    if (qualifies && (best === null || window.length >= best.length)) best = window;
  }
  return best;
}

const organisations = (w: readonly CdIssue[]) => new Set(w.map((x) => sourceKey(x.issue.source))).size;

function toFinding(ingredient: string, window: readonly CdIssue[], windowDays: number, minAcute: number): SafetyFinding {
  const first = window[0];
  const last = window[window.length - 1];
  const orgCount = organisations(window);
  const schedule = window.find((x) => x.schedule !== null)?.schedule;
  const what = schedule ? `${drugLabel(ingredient)} (a schedule ${schedule} controlled drug)` : `${drugLabel(ingredient)} (a controlled drug)`;
  const day = (x: CdIssue) => formatDate(x.issue.issued.iso);
  const span = first && last ? `between ${day(first)} and ${day(last)}` : "";
  const lines = window.map((x) => `${day(x)} ${x.issue.medicationName}, ${x.issue.quantity}, from ${describeSource(x.issue.source)}`);
  const acuteCount = window.filter((x) => x.acute).length;
  return {
    id: `controlled-drug-pattern:${ingredient}:${window.map((x) => x.issue.id).sort().join("+")}`,
    kind: "controlled-drug-pattern",
    severity: orgCount >= 2 && acuteCount >= minAcute ? "severe" : "moderate",
    title: `${drugLabel(ingredient)} issued ${window.length} times in ${windowDays} days${orgCount >= 2 ? ` by ${orgCount} organisations` : ""}`,
    explanation:
      `${what} was issued ${window.length} times ${span}${orgCount >= 2 ? ` by ${orgCount} different organisations` : ""}: ${joinWords(lines)}. ` +
      `This can mean medication is being obtained from more than one place; check with the patient and their GP practice before prescribing more.`,
    medicationIds: [...new Set(window.flatMap((x) => (x.issue.planId ? [x.issue.planId] : [])))],
    issueIds: window.map((x) => x.issue.id),
    allergyIds: [],
  };
}
