import { sourceKey } from "../record/organisation-kind";
import type { CurrentMedication } from "./current-medication";
import { describeMedication, joinWords } from "./describe";
import { drugLabel } from "./drug-identity";
import type { KnowledgeBase } from "./knowledge-base";
import { moreSevere, type SafetyFinding } from "./types";

/**
 * Two current prescriptions only count as duplicates when they come from different sources or
 * prescribers: that is the pattern where nobody has the whole picture (e.g. an out-of-hours
 * course on top of the practice's repeat). One prescriber's deliberate pair is not flagged.
 */
function fromSeveralPlaces(meds: readonly CurrentMedication[]): boolean {
  const sources = new Set(meds.map((m) => sourceKey(m.item.source)));
  const prescribers = new Set(meds.flatMap((m) => (m.item.prescriber ? [m.item.prescriber] : [])));
  return sources.size > 1 || prescribers.size > 1;
}

function groupBy(meds: readonly CurrentMedication[], keys: (m: CurrentMedication) => Iterable<string>): Map<string, CurrentMedication[]> {
  const groups = new Map<string, CurrentMedication[]>();
  for (const med of meds) for (const key of keys(med)) groups.set(key, [...(groups.get(key) ?? []), med]);
  return groups;
}

/** The ingredients that put a medicine in the class; all of them when only the MIG knew the class. */
function membersOf(med: CurrentMedication, drugClass: string, kb: KnowledgeBase): string[] {
  const all = [...med.drug.ingredients];
  const inClass = all.filter((i) => kb.classesOf(i).includes(drugClass));
  return inClass.length > 0 ? inClass : all;
}

const ids = (meds: readonly CurrentMedication[]) => meds.map((m) => m.item.id);

export function findDuplicateDrugs(meds: readonly CurrentMedication[], kb: KnowledgeBase): SafetyFinding[] {
  const findings: SafetyFinding[] = [];
  for (const [ingredient, group] of groupBy(meds, (m) => m.drug.ingredients)) {
    if (group.length < 2 || !fromSeveralPlaces(group)) continue;
    const classSeverities = kb.classesOf(ingredient).flatMap((c) => kb.duplicateSeverity(c) ?? []);
    findings.push({
      id: `duplicate-drug:${ingredient}:${ids(group).sort().join("+")}`,
      kind: "duplicate-drug",
      severity: classSeverities.reduce(moreSevere, "moderate"),
      title: `${drugLabel(ingredient)} prescribed more than once`,
      explanation:
        `${drugLabel(ingredient)} is in ${group.length} current prescriptions from different sources or prescribers: ` +
        `${group.map((m) => describeMedication(m.item)).join("; ")}. Check the patient is not taking more than one of them, which could add up to too high a dose.`,
      medicationIds: ids(group),
      issueIds: [],
      allergyIds: [],
    });
  }
  return findings;
}

export function findDuplicateClasses(meds: readonly CurrentMedication[], kb: KnowledgeBase): SafetyFinding[] {
  const findings: SafetyFinding[] = [];
  for (const [drugClass, group] of groupBy(meds, (m) => m.drug.classes)) {
    const severity = kb.duplicateSeverity(drugClass);
    if (severity === null || group.length < 2 || !fromSeveralPlaces(group)) continue;
    const members = [...new Set(group.flatMap((m) => membersOf(m, drugClass, kb)))];
    // Same ingredient throughout is a duplicate drug, reported by findDuplicateDrugs.
    if (members.length < 2) continue;
    findings.push({
      id: `duplicate-class:${drugClass}:${ids(group).sort().join("+")}`,
      kind: "duplicate-class",
      severity,
      title: `More than one of the ${kb.classLabel(drugClass)}: ${joinWords(members)}`,
      explanation:
        `${drugLabel(joinWords(members))} are ${members.length === 2 ? "both" : "all"} ${kb.classLabel(drugClass)}, current from different sources or prescribers: ` +
        `${group.map((m) => describeMedication(m.item)).join("; ")}. Taking them together adds up the same effects and side effects.`,
      medicationIds: ids(group),
      issueIds: [],
      allergyIds: [],
    });
  }
  return findings;
}
