import type { AllergiesSection, AllergyItem } from "../record/allergies/types";
import type { CurrentMedication } from "./current-medication";
import { describeMedication, joinWords } from "./describe";
import { classesInText, ingredientsInText } from "./drug-identity";
import type { KnowledgeBase } from "./knowledge-base";
import type { SafetyFinding, Severity } from "./types";

interface Allergen {
  allergy: AllergyItem;
  ingredients: Set<string>;
  /** Classes the allergy is recorded against, plus the classes of its ingredients (cross-reactivity). */
  classes: Set<string>;
}

function toAllergen(allergy: AllergyItem, kb: KnowledgeBase): Allergen {
  const text = `${allergy.substance} ${allergy.code?.display ?? ""}`;
  const ingredients = new Set([...allergy.allergen.ingredients, ...ingredientsInText(kb, text)].flatMap((i) => kb.expand(i)));
  const classes = new Set([...allergy.allergen.classes, ...classesInText(kb, text)]);
  for (const ingredient of ingredients) for (const c of kb.classesOf(ingredient)) classes.add(c);
  return { allergy, ingredients, classes };
}

// A recorded intolerance of low criticality is still worth showing, but not as loudly as an allergy.
function severityFor(allergy: AllergyItem): Severity {
  return allergy.type === "intolerance" && allergy.criticality !== "high" ? "moderate" : "severe";
}

/** Active (and unknown-status) allergies against current medicines, by ingredient then by class. */
export function findAllergyConflicts(meds: readonly CurrentMedication[], allergies: AllergiesSection, kb: KnowledgeBase): SafetyFinding[] {
  const findings: SafetyFinding[] = [];
  for (const allergy of allergies.active.filter((a) => a.status !== "resolved").map((a) => toAllergen(a, kb))) {
    for (const med of meds) {
      const sameDrug = [...med.drug.ingredients].filter((i) => allergy.ingredients.has(i));
      const sameClass = [...med.drug.classes].filter((c) => allergy.classes.has(c));
      if (sameDrug.length === 0 && sameClass.length === 0) continue;
      const why =
        sameDrug.length > 0
          ? `contains ${joinWords(sameDrug)}`
          : `belongs to the same group (${joinWords(sameClass.map((c) => kb.classLabel(c)))})`;
      const a = allergy.allergy;
      const label = a.type === "intolerance" ? "intolerance" : "allergy";
      const reaction = a.reactions.length > 0 ? ` (reaction: ${joinWords(a.reactions)})` : "";
      findings.push({
        id: `allergy-conflict:${a.id}:${med.item.id}`,
        kind: "allergy-conflict",
        severity: severityFor(a),
        title: `${med.item.name} with recorded ${label}: ${a.substance}`,
        explanation:
          `${describeMedication(med.item)}. It ${why} as the recorded ${label} "${a.substance}"${reaction}, ` +
          `recorded ${a.recorded.display} by ${a.source.name}.`,
        medicationIds: [med.item.id],
        issueIds: [],
        allergyIds: [a.id],
      });
    }
  }
  return findings;
}
