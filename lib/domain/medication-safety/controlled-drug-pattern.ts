import { formatDate } from "../cui/format-date";
import type { MedicationIssue, MedicationItem, MedicationsSection } from "../record/medications/types";
import { describeSource, sourceKey } from "../record/organisation-kind";
import { daysSupply, quantityUnits, strengthMgPerUnit } from "./days-supply";

import { drugLabel, resolveDrug } from "./drug-identity";
import type { KnowledgeBase } from "./knowledge-base";
import type { RuleReference, SafetyFinding } from "./types";

export interface ControlledDrugOptions {
  now: Date;
  /** Only issues this recent are considered; an old pattern is history, not a current risk. */
  lookbackDays?: number;
  /** An issue this many days or fewer before the previous supply ran out is not called early (collection slack). */
  toleranceDays?: number;
}

/** Classes whose supplies add up across different drugs: opioids, benzodiazepines with Z-drugs, gabapentinoids. */
const POOLED_CLASSES: Record<string, string> = {
  opioid: "opioids",
  "cns-depressant-sedative": "benzodiazepines and Z-drugs",
  gabapentinoid: "gabapentinoids",
};
const DAY = 86_400_000;

interface CdIssue {
  issue: MedicationIssue;
  at: number;
  ingredient: string;
  schedule: string | null;
  days: number | null;
  /** mg oral morphine equivalent supplied, for opioids where it can be worked out. */
  ome: number | null;
}

interface Episode {
  issues: CdIssue[];
  /** Days early for each issue that came before the previous supply ran out. */
  early: Map<CdIssue, number>;
}

/** Supplies laid end to end: an issue before the pile runs out (less the tolerance) is early. */
function episodes(stream: readonly CdIssue[], toleranceDays: number): Episode[] {
  const out: Episode[] = [];
  let current: Episode | null = null;
  let runOut: number | null = null;
  for (const x of stream) {
    if (runOut === null || x.at >= runOut + toleranceDays * DAY || current === null) {
      current = { issues: [], early: new Map() };
      out.push(current);
      runOut = x.at;
    } else if (x.at < runOut - toleranceDays * DAY) {
      current.early.set(x, Math.round((runOut - x.at) / DAY));
    }
    current.issues.push(x);
    // An issue whose supply cannot be worked out ends the chain: no earliness is claimed past it.
    runOut = x.days === null ? x.at : Math.max(runOut, x.at) + x.days * DAY;
  }
  return out.filter((e) => e.early.size > 0);
}

const MDR: RuleReference = {
  body: "UK Government (legislation.gov.uk)",
  title: "The Misuse of Drugs Regulations 2001 (SI 2001/3998), Schedules 1–5",
  date: "2001",
  url: "https://www.legislation.gov.uk/uksi/2001/3998",
};

function toFinding(key: string, what: string, e: Episode, now: number): SafetyFinding {
  const orgs = new Set(e.issues.map((x) => sourceKey(x.issue.source)));
  const first = e.issues[0];
  const last = e.issues[e.issues.length - 1];
  const lines = e.issues.map((x) => {
    const supply = x.days === null ? "supply length not readable" : `${Math.round(x.days)} days' supply at the most the dose allows`;
    const early = e.early.get(x);
    const postDated = x.at > now ? " (post-dated: dated after today)" : "";
    return `${formatDate(x.issue.issued.iso)}${postDated}: ${x.issue.medicationName}, ${x.issue.quantity} (${supply}) from ${describeSource(x.issue.source)}${early ? ` — ${early} days before the previous supply should have run out` : ""}`;
  });
  const omes = e.issues.map((x) => x.ome);
  const omeLine =
    omes.every((o) => o !== null) && first && last
      ? ` In all about ${Math.round(omes.reduce<number>((s, o) => s + (o ?? 0), 0))} mg oral morphine equivalent was supplied.`
      : "";
  const span = first && last ? `between ${formatDate(first.issue.issued.iso)} and ${formatDate(last.issue.issued.iso)}` : "";
  return {
    id: `controlled-drug-pattern:${key}:${e.issues
      .map((x) => x.issue.id)
      .sort()
      .join("+")}`,
    kind: "controlled-drug-pattern",
    severity: orgs.size >= 2 ? "severe" : "moderate",
    title: `${drugLabel(what)} supplied early: ${e.early.size} of ${e.issues.length} issues ${span}${orgs.size >= 2 ? ` from ${orgs.size} organisations` : ""}`,
    explanation: `${lines.join("; ")}.${omeLine} Supplies were issued before earlier ones should have run out, which can mean medication is being obtained from more than one place or taken in excess.`,
    action:
      "Check with the patient and their GP practice what they are taking and from where before prescribing more; consider a single prescriber and shorter supplies.",
    ruleId: "controlled-drug-earliness",
    evidence: "record",
    references: [MDR],
    medicationIds: [...new Set(e.issues.flatMap((x) => (x.issue.planId ? [x.issue.planId] : [])))],
    issueIds: e.issues.map((x) => x.issue.id),
    allergyIds: [],
  };
}

/**
 * Controlled-drug supplies issued before the previous supply should have run out, per drug and per class
 * (opioids, benzodiazepines with Z-drugs, gabapentinoids), across organisations, using days' supply
 * from quantity and dose. One finding per episode; a class finding replaces the drug findings it covers.
 */
export function findControlledDrugPatterns(
  section: MedicationsSection,
  kb: KnowledgeBase,
  options: ControlledDrugOptions,
): SafetyFinding[] {
  const now = options.now.getTime();
  const from = now - (options.lookbackDays ?? 180) * DAY;
  const tolerance = options.toleranceDays ?? 3;
  const plans = new Map<string, MedicationItem>(section.all.map((p) => [p.id, p]));
  const byDrug = new Map<string, CdIssue[]>();
  const byClass = new Map<string, CdIssue[]>();
  for (const issue of section.issues) {
    const at = issue.issued.sortKey;
    if (at === null || at < from) continue;
    const plan = issue.planId === null ? undefined : plans.get(issue.planId);
    if (plan?.anticipatory === true) continue; // just-in-case supplies are not for the patient to take themselves
    const drug = resolveDrug(kb, issue.drug, issue.medicationName);
    for (const ingredient of drug.ingredients) {
      const coded = issue.controlledDrug?.schedule ?? plan?.controlledDrug?.schedule;
      const fromDmd = kb.dmdProduct(issue.drug.dmdCode)?.cdSchedule;
      const schedule = coded && coded !== "unknown" ? coded : (fromDmd ?? kb.controlledSchedule(ingredient, issue.medicationName));
      if (schedule == null) continue;
      const days = daysSupply(issue.quantity, issue.dosage === "Not recorded" ? (plan?.dosage ?? "") : issue.dosage);
      const units = quantityUnits(issue.quantity);
      const strength = strengthMgPerUnit(issue.medicationName);
      const factor = kb.omeFactor(ingredient);
      const ome = units !== null && strength !== null && factor !== null ? units * strength * factor : null;
      const entry: CdIssue = { issue, at, ingredient, schedule, days, ome };
      byDrug.set(ingredient, [...(byDrug.get(ingredient) ?? []), entry]);
      for (const c of kb.classesOf(ingredient)) if (c in POOLED_CLASSES) byClass.set(c, [...(byClass.get(c) ?? []), entry]);
    }
  }
  const sorted = (xs: CdIssue[]) => [...xs].sort((a, b) => a.at - b.at);
  const classFindings: SafetyFinding[] = [];
  for (const [c, stream] of byClass) {
    for (const e of episodes(sorted(stream), tolerance)) {
      if (new Set(e.issues.map((x) => x.ingredient)).size < 2) continue; // one drug: the drug finding says it
      classFindings.push(toFinding(`class:${c}`, POOLED_CLASSES[c] ?? c, e, now));
    }
  }
  const covered = new Set(classFindings.flatMap((f) => f.issueIds));
  const drugFindings: SafetyFinding[] = [];
  for (const [ingredient, stream] of byDrug) {
    for (const e of episodes(sorted(stream), tolerance)) {
      if (e.issues.every((x) => covered.has(x.issue.id))) continue;
      const schedule = e.issues.find((x) => x.schedule !== null)?.schedule;
      drugFindings.push(toFinding(ingredient, schedule ? `${ingredient} (schedule ${schedule} controlled drug)` : ingredient, e, now));
    }
  }
  return [...classFindings, ...drugFindings];
}
