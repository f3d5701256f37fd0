import type { AllergiesSection } from "../record/allergies/types";
import type { IncompletenessReason } from "../record/completeness";
import type { MedicationsSection } from "../record/medications/types";
import { findAllergyConflicts } from "./allergy-conflicts";
import { findControlledDrugPatterns, type ControlledDrugOptions } from "./controlled-drug-pattern";
import { selectCurrentMedication } from "./current-medication";
import { findDuplicateClasses, findDuplicateDrugs } from "./duplicate-prescribing";
import { findInteractions } from "./interactions";
import { defaultKnowledgeBase, type KnowledgeBase } from "./knowledge-base";
import { compareFindings, type SafetyReport } from "./types";

export interface SafetyOptions extends Omit<ControlledDrugOptions, "now"> {
  now: Date;
  recentAcuteDays?: number;
  knowledgeBase?: KnowledgeBase;
}

/**
 * All medication safety rules over the view models, most severe first. Allergies are optional
 * because a role or request may not include them; the report then says its input was incomplete.
 */
export function checkMedicationSafety(
  medications: MedicationsSection,
  allergies: AllergiesSection | null,
  options: SafetyOptions,
): SafetyReport {
  const kb = options.knowledgeBase ?? defaultKnowledgeBase;
  const current = selectCurrentMedication(medications, kb, options);
  const findings = [
    ...(allergies ? findAllergyConflicts(current, allergies, kb) : []),
    ...findInteractions(current, kb),
    ...findDuplicateDrugs(current, kb),
    ...findDuplicateClasses(current, kb),
    ...findControlledDrugPatterns(medications, kb, options),
  ].sort(compareFindings);
  const reasons = new Set<IncompletenessReason>([
    ...medications.completeness.reasons,
    ...(allergies ? allergies.completeness.reasons : (["source-unavailable"] as const)),
  ]);
  return {
    findings,
    currentMedicationCount: current.length,
    inputIncomplete: [...reasons],
    knowledgeBase: {
      interactions: { version: kb.interactions.version, source: kb.interactions.source },
      drugClasses: kb.drugClasses,
    },
  };
}
