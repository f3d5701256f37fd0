import type { AllergiesSection, AllergyItem } from "../record/allergies/types";
import type { CurrentMedication } from "./current-medication";
import { describeMedication, joinWords } from "./describe";
import { classesInText, ingredientsInText, type ResolvedDrug } from "./drug-identity";
import type { CrossReactivityRule, KnowledgeBase } from "./knowledge-base";
import { moreSevere, type SafetyFinding, type Severity } from "./types";

interface Allergen {
  allergy: AllergyItem;
  ingredients: Set<string>;
  /** Classes the allergy is recorded against (coded or named), plus the classes of its ingredients. */
  classes: Set<string>;
}

function toAllergen(allergy: AllergyItem, kb: KnowledgeBase): Allergen {
  const text = `${allergy.substance} ${allergy.code?.display ?? ""}`;
  const coded = allergy.allergen.ingredients.flatMap((i) => kb.expand(i.toLocaleLowerCase("en-GB")));
  const ingredients = new Set([...coded, ...ingredientsInText(kb, text)]);
  const classes = new Set([...allergy.allergen.classes, ...classesInText(kb, text)]);
  for (const ingredient of ingredients) for (const c of kb.classesOf(ingredient)) classes.add(c);
  return { allergy, ingredients, classes };
}

function slotMatches(slot: string, ingredients: ReadonlySet<string>, classes: ReadonlySet<string>): boolean {
  const [kind, code = ""] = slot.split(":", 2);
  return kind === "ingredient" ? ingredients.has(code) : classes.has(code);
}

/** Entered-in-error and refuted records are not allergies; resolved ones are history. */
function counts(allergy: AllergyItem): boolean {
  return allergy.status !== "resolved" && allergy.verification !== "entered-in-error" && allergy.verification !== "refuted";
}

// A recorded intolerance of low criticality is still worth showing, but not as loudly as an allergy.
function sameDrugSeverity(allergy: AllergyItem): Severity {
  return allergy.type === "intolerance" && allergy.criticality !== "high" ? "moderate" : "severe";
}

function crossRule(allergen: Allergen, drug: ResolvedDrug, kb: KnowledgeBase): CrossReactivityRule | null {
  let best: CrossReactivityRule | null = null;
  for (const rule of kb.crossReactivity) {
    if (!slotMatches(rule.allergen, allergen.ingredients, allergen.classes) || !slotMatches(rule.drug, drug.ingredients, drug.classes))
      continue;
    if (best === null || moreSevere(rule.severity, best.severity) === rule.severity) best = rule;
  }
  return best;
}

/**
 * Current medicines against recorded allergies: the same ingredient always; otherwise only where the
 * curated cross-reactivity table says the groups cross-react (penicillin → cephalosporin is caution,
 * aspirin → clopidogrel is nothing). "Same class" alone is not cross-reactivity.
 */
export function findAllergyConflicts(meds: readonly CurrentMedication[], allergies: AllergiesSection, kb: KnowledgeBase): SafetyFinding[] {
  const findings: SafetyFinding[] = [];
  for (const allergen of allergies.active.filter(counts).map((a) => toAllergen(a, kb))) {
    const a = allergen.allergy;
    const label = a.type === "intolerance" ? "intolerance" : "allergy";
    const reaction = a.reactions.length > 0 ? ` (reaction: ${joinWords(a.reactions)})` : "";
    const unconfirmed = a.verification === "unconfirmed" ? " The allergy is recorded as unconfirmed." : "";
    for (const med of meds) {
      const sameDrug = [...med.drug.ingredients].filter((i) => allergen.ingredients.has(i));
      const rule = sameDrug.length > 0 ? null : crossRule(allergen, med.drug, kb);
      if (sameDrug.length === 0 && rule === null) continue;
      const why = rule === null ? `It contains ${joinWords(sameDrug)}, the recorded allergen.` : rule.consequence;
      findings.push({
        id: `allergy-conflict:${a.id}:${med.item.id}`,
        kind: "allergy-conflict",
        severity: rule === null ? sameDrugSeverity(a) : rule.severity,
        title: `${med.item.name} with recorded ${label}: ${a.substance}`,
        explanation: `${describeMedication(med.item)}. Recorded ${label} "${a.substance}"${reaction}, recorded ${a.recorded.display} by ${a.source.name}. ${why}${unconfirmed}`,
        action: rule === null ? "Do not give this medicine unless the allergy record is wrong; check with the patient." : rule.action,
        ruleId: rule?.id ?? null,
        evidence: rule?.evidence ?? "record",
        references: rule?.references ?? [],
        medicationIds: [med.item.id],
        issueIds: [],
        allergyIds: [a.id],
      });
    }
  }
  return findings;
}
