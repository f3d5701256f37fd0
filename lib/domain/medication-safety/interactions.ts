import { describeSource } from "../record/organisation-kind";
import type { CurrentMedication } from "./current-medication";
import { maxDosesPerDay, maxUnitsPerDose, strengthMgPerUnit } from "./days-supply";
import { joinWords } from "./describe";
import type { ResolvedDrug } from "./drug-identity";
import type { InteractionRule, KnowledgeBase } from "./knowledge-base";
import { moreSevere } from "./ordering";
import type { SafetyFinding } from "./types";

/** The most the instruction allows a day, in mg of the product's strength; null when either cannot be read. */
function dailyMg(med: CurrentMedication): number | null {
  const strength = strengthMgPerUnit(med.item.name);
  const units = maxUnitsPerDose(med.item.dosage);
  const doses = maxDosesPerDay(med.item.dosage);
  return strength === null || units === null || doses === null ? null : strength * units * doses;
}

/** A dose-limited rule (simvastatin over 20 mg a day with amlodipine) only counts medicines over the limit. */
function overDoseLimit(rule: InteractionRule, med: CurrentMedication, ingredients: readonly string[]): boolean {
  if (!rule.dose || !ingredients.includes(rule.dose.ingredient)) return true;
  const mg = dailyMg(med);
  return mg !== null && mg > rule.dose.aboveMgPerDay;
}

/** The ingredients of `drug` that a slot like "class:nsaid" or "ingredient:warfarin" matches. */
function matchSlot(slot: string, drug: ResolvedDrug, kb: KnowledgeBase): string[] {
  const [kind, code = ""] = slot.split(":", 2);
  if (kind === "ingredient") return drug.ingredients.has(code) ? [code] : [];
  if (!drug.classes.has(code)) return [];
  const members = [...drug.ingredients].filter((i) => kb.classesOf(i).includes(code));
  // A class the source sent that the rule base does not list for this ingredient: the whole medicine matches.
  return members.length > 0 ? members : [...drug.ingredients].slice(0, 1);
}

interface Candidate {
  med: CurrentMedication;
  ingredients: string[];
}

/**
 * Every slot filled by a different medicine, with a different ingredient (the same drug twice is a
 * duplicate, not an interaction). Returns the medicines that take part in at least one such assignment.
 */
function participants(slots: readonly Candidate[][]): Set<CurrentMedication> | null {
  const used = new Set<CurrentMedication>();
  const walk = (i: number, meds: CurrentMedication[], ingredients: string[]): void => {
    if (i === slots.length) {
      for (const m of meds) used.add(m);
      return;
    }
    for (const c of slots[i] ?? []) {
      if (meds.includes(c.med)) continue;
      const ingredient = c.ingredients.find((x) => !ingredients.includes(x));
      if (ingredient === undefined) continue;
      walk(i + 1, [...meds, c.med], [...ingredients, ingredient]);
    }
  };
  walk(0, [], []);
  return used.size > 0 ? used : null;
}

/** Each product once, with every source it came from: "diazepam 2mg tablets (from A and B)". */
function describe(meds: readonly CurrentMedication[]): string {
  const byName = new Map<string, Set<string>>();
  for (const m of meds) {
    const sources = byName.get(m.item.name) ?? new Set<string>();
    sources.add(`${describeSource(m.item.source)}${m.inHome ? ", kept in the home" : ""}`);
    byName.set(m.item.name, sources);
  }
  return joinWords([...byName].map(([name, sources]) => `${name} (from ${joinWords([...sources])})`));
}

function toFinding(rule: InteractionRule, meds: readonly CurrentMedication[], kb: KnowledgeBase): SafetyFinding {
  const ids = [...new Set(meds.map((m) => m.item.id))].sort();
  const explanation = `${describe(meds)} are current together. ${rule.consequence}`;
  // Just-in-case medicines only (for example morphine and midazolam for the last days of life) are prescribed
  // together by design: never alarming, still shown, with the plan to check.
  const plan =
    kb.anticipatory !== null &&
    meds.every((m) => m.inHome) &&
    moreSevere(rule.severity, kb.anticipatory.severity) !== kb.anticipatory.severity
      ? kb.anticipatory
      : null;
  return {
    id: `interaction:${rule.id}:${ids.join("+")}`,
    kind: "interaction",
    severity: plan?.severity ?? rule.severity,
    title: rule.title,
    explanation: plan ? `${explanation} ${plan.note}` : explanation,
    action: plan ? `${plan.action} ${rule.action}` : rule.action,
    ruleId: rule.id,
    evidence: rule.evidence,
    references: plan ? [...rule.references, ...plan.references] : rule.references,
    medicationIds: ids,
    issueIds: [],
    allergyIds: [],
  };
}

/**
 * Each rule against the current medicines: one finding per rule naming every medicine that takes part
 * (three NSAIDs with warfarin are one fact, not three). A more specific rule that covers the same
 * medicines supersedes a general one (citalopram with a QT drug replaces "two QT drugs").
 */
export function findInteractions(meds: readonly CurrentMedication[], kb: KnowledgeBase): SafetyFinding[] {
  const fired: { rule: InteractionRule; meds: Set<CurrentMedication> }[] = [];
  for (const rule of kb.interactions) {
    const slots = rule.between.map((slot) =>
      meds.flatMap((med) => {
        const ingredients = matchSlot(slot, med.drug, kb);
        return ingredients.length > 0 && overDoseLimit(rule, med, ingredients) ? [{ med, ingredients }] : [];
      }),
    );
    if (slots.some((s) => s.length === 0)) continue;
    const used = participants(slots);
    if (used) fired.push({ rule, meds: used });
  }
  const kept = fired.filter((f) => !fired.some((g) => g.rule.supersedes.includes(f.rule.id) && [...f.meds].every((m) => g.meds.has(m))));
  return kept.map((f) => toFinding(f.rule, [...f.meds], kb));
}
