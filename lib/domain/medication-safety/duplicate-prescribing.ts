import { sourceKey } from "../record/organisation-kind";
import type { CurrentMedication } from "./current-medication";
import { strengthMgPerUnit } from "./days-supply";
import { describeMedication, joinWords } from "./describe";
import { drugLabel } from "./drug-identity";
import type { DuplicateExemption, KnowledgeBase } from "./knowledge-base";
import { moreSevere } from "./ordering";
import type { SafetyFinding, Severity } from "./types";

const WHEN_REQUIRED = /when required|as required|if required|when needed|as needed|\bprn\b/i;

function groupBy(meds: readonly CurrentMedication[], keys: (m: CurrentMedication) => Iterable<string>): Map<string, CurrentMedication[]> {
  const groups = new Map<string, CurrentMedication[]>();
  for (const med of meds) for (const key of keys(med)) groups.set(key, [...(groups.get(key) ?? []), med]);
  return groups;
}

const oneSource = (meds: readonly CurrentMedication[]) => new Set(meds.map((m) => sourceKey(m.item.source))).size === 1;
const onePrescriber = (meds: readonly CurrentMedication[]) =>
  oneSource(meds) && new Set(meds.map((m) => m.item.prescriber ?? "")).size === 1;

function applies(exemption: DuplicateExemption, ingredient: string, kb: KnowledgeBase): boolean {
  return exemption.appliesTo.some((slot) => {
    const [kind, code = ""] = slot.split(":", 2);
    return kind === "ingredient" ? code === ingredient : kb.classesOf(ingredient).includes(code);
  });
}

/** The explicit exemption that makes this group intended, if any. Both exemptions need a single source. */
export function exemptionFor(
  group: readonly CurrentMedication[],
  ingredients: readonly string[],
  kb: KnowledgeBase,
): DuplicateExemption | null {
  if (!oneSource(group)) return null;
  for (const exemption of kb.exemptions) {
    if (!ingredients.every((i) => applies(exemption, i, kb))) continue;
    if (exemption.when === "one-regular-one-when-required") {
      const prn = group.filter((m) => WHEN_REQUIRED.test(m.item.dosage)).length;
      if (prn === 1 && group.length - prn === 1) return exemption;
    } else {
      const strengths = group.map((m) => strengthMgPerUnit(m.item.name));
      if (strengths.every((s) => s !== null) && new Set(strengths).size === group.length) return exemption;
    }
  }
  return null;
}

const ids = (meds: readonly CurrentMedication[]) => meds.map((m) => m.item.id);

function wording(group: readonly CurrentMedication[], severe: boolean): { severity: Severity | null; lead: string; action: string } {
  if (onePrescriber(group)) {
    return {
      severity: severe ? null : "mild",
      lead: "from one prescriber",
      action: "Check this is intended and that the patient knows to take only the dose prescribed in total.",
    };
  }
  return {
    severity: null,
    lead: oneSource(group) ? "from different prescribers" : "from different organisations",
    action:
      "Check with the patient which of these they are taking: together they could add up to too high a dose. Tell the other prescriber.",
  };
}

/**
 * The same ingredient in two or more current medicines, from any source (co-codamol with paracetamol counts).
 * One finding per set of medicines: two co-codamol brands share paracetamol and codeine, and are one fact.
 */
export function findDuplicateDrugs(meds: readonly CurrentMedication[], kb: KnowledgeBase): SafetyFinding[] {
  const bySet = new Map<string, { group: CurrentMedication[]; ingredients: string[] }>();
  for (const [ingredient, group] of groupBy(meds, (m) => m.drug.ingredients)) {
    if (group.length < 2 || exemptionFor(group, [ingredient], kb)) continue;
    const key = ids(group).sort().join("+");
    const entry = bySet.get(key) ?? { group, ingredients: [] };
    entry.ingredients.push(ingredient);
    bySet.set(key, entry);
  }
  return [...bySet].map(([key, { group, ingredients }]) => {
    const severities = ingredients.map((i) => {
      const base = kb.duplicateSeverity(i);
      return wording(group, base === "severe").severity ?? base;
    });
    const severity = severities.reduce(moreSevere);
    // The most severe ingredient leads: "Paracetamol and codeine in 2 current prescriptions".
    const ordered = ingredients
      .map((i, n) => ({ i, s: severities[n] ?? severity }))
      .sort((a, b) => (moreSevere(a.s, b.s) === a.s ? -1 : 1));
    const names = drugLabel(joinWords(ordered.map((o) => o.i)));
    const w = wording(group, severity === "severe");
    return {
      id: `duplicate-drug:${ordered.map((o) => o.i).join("+")}:${key}`,
      kind: "duplicate-drug" as const,
      severity,
      title: `${names} in ${group.length} current prescriptions`,
      explanation: `${names} ${ingredients.length > 1 ? "are each" : "is"} in ${group.length} current prescriptions ${w.lead}: ${group.map((m) => describeMedication(m.item)).join("; ")}.`,
      action: w.action,
      ruleId: "duplicate-ingredient",
      evidence: "record" as const,
      references: kb.duplicateReferences(ordered[0]?.i ?? null),
      medicationIds: ids(group),
      issueIds: [],
      allergyIds: [],
    };
  });
}

/** Two or more different drugs of a class where that is a duplicate (two NSAIDs, two anticoagulants). */
export function findDuplicateClasses(meds: readonly CurrentMedication[], kb: KnowledgeBase): SafetyFinding[] {
  const findings: SafetyFinding[] = [];
  for (const [drugClass, group] of groupBy(meds, (m) => m.drug.classes)) {
    const severity = kb.classDuplicateSeverity(drugClass);
    if (severity === null || group.length < 2) continue;
    const members = [...new Set(group.flatMap((m) => [...m.drug.ingredients].filter((i) => kb.classesOf(i).includes(drugClass))))];
    // Same ingredient throughout is a duplicate drug, reported by findDuplicateDrugs.
    if (members.length < 2 || exemptionFor(group, members, kb)) continue;
    const w = wording(group, severity === "severe");
    findings.push({
      id: `duplicate-class:${drugClass}:${ids(group).sort().join("+")}`,
      kind: "duplicate-class",
      severity: w.severity ?? severity,
      title: `More than one of the ${kb.classLabel(drugClass)}: ${joinWords(members)}`,
      explanation:
        `${drugLabel(joinWords(members))} are ${members.length === 2 ? "both" : "all"} ${kb.classLabel(drugClass)}, current ${w.lead}: ` +
        `${group.map((m) => describeMedication(m.item)).join("; ")}. Together they add up the same effects and side effects.`,
      action: w.action,
      ruleId: "duplicate-class",
      evidence: "record",
      references: kb.duplicateReferences(null, drugClass),
      medicationIds: ids(group),
      issueIds: [],
      allergyIds: [],
    });
  }
  return findings;
}
