import { formatDate } from "../cui/format-date";
import { parseFhirDate } from "../cui/fhir-date";
import type { AllergiesSection } from "../record/allergies/types";
import type { IncompletenessReason } from "../record/completeness";
import type { MedicationsSection } from "../record/medications/types";
import { findAllergyConflicts } from "./allergy-conflicts";
import { findControlledDrugPatterns, type ControlledDrugOptions } from "./controlled-drug-pattern";
import { selectCurrentMedication, type CurrentSelection } from "./current-medication";
import { findDuplicateClasses, findDuplicateDrugs } from "./duplicate-prescribing";
import { findInteractions } from "./interactions";
import { defaultKnowledgeBase, type KnowledgeBase } from "./knowledge-base";
import { recordSafetyFailure } from "./safety-status";
import { compareFindings, type RuleBaseInfo, type SafetyFinding, type SafetyReport } from "./types";

export interface SafetyOptions extends Omit<ControlledDrugOptions, "now"> {
  now: Date;
  recentAcuteDays?: number;
  /** The rule base, or a function that loads it (a load that throws makes the report "could-not-run"). */
  knowledgeBase?: KnowledgeBase | (() => KnowledgeBase);
}

export const COULD_NOT_RUN_MESSAGE = "Medication safety checks could not run — check interactions and allergies yourself";

const day = (iso: string) => formatDate(parseFhirDate(iso));

export function ruleBaseInfo(kb: KnowledgeBase, now: Date): RuleBaseInfo {
  return {
    version: kb.version,
    reviewed: day(kb.reviewed),
    reviewDue: day(kb.reviewDue),
    reviewOverdue: new Date(`${kb.reviewDue}T23:59:59Z`).getTime() < now.getTime(),
    ruleCount: kb.ruleCount,
  };
}

function incompleteness(medications: MedicationsSection, allergies: AllergiesSection | null): IncompletenessReason[] {
  return [
    ...new Set<IncompletenessReason>([
      ...medications.completeness.reasons,
      ...(allergies ? allergies.completeness.reasons : (["source-unavailable"] as const)),
    ]),
  ];
}

/**
 * Every medication safety rule over the view models, most severe first. Throws if a rule or the rule base
 * throws: callers that show a record use `checkMedicationSafetySafely`, which never throws.
 */
export function checkMedicationSafety(
  medications: MedicationsSection,
  allergies: AllergiesSection | null,
  options: SafetyOptions,
): SafetyReport {
  const report = checkMedicationSafetySafely(medications, allergies, { ...options, rethrow: true });
  return report;
}

interface SafeOptions extends SafetyOptions {
  /** Internal: let the first failure propagate (for the throwing variant and tests). */
  rethrow?: boolean;
}

/**
 * The fail-soft entry point. Each check runs on its own: a check that throws is logged (by the process
 * listener), counted for /api/health, and the report says "could-not-run" while keeping the findings of
 * the checks that did run. The record, allergies and DNACPR included, is always still shown.
 */
export function checkMedicationSafetySafely(
  medications: MedicationsSection,
  allergies: AllergiesSection | null,
  options: SafeOptions,
): SafetyReport {
  const inputIncomplete = incompleteness(medications, allergies);
  let kb: KnowledgeBase;
  try {
    const given = options.knowledgeBase ?? defaultKnowledgeBase;
    kb = typeof given === "function" ? given() : given;
  } catch (error) {
    if (options.rethrow) throw error;
    recordSafetyFailure("rule-base", error);
    return { status: "could-not-run", findings: [], currentMedicationCount: 0, notChecked: [], inputIncomplete, ruleBase: null };
  }
  let failed = false;
  const run = <T>(check: string, fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      if (options.rethrow) throw error;
      failed = true;
      recordSafetyFailure(check, error);
      return fallback;
    }
  };
  const selection = run<CurrentSelection>("current-medication", { current: [], notChecked: [] }, () =>
    selectCurrentMedication(medications, kb, options),
  );
  const current = selection.current;
  const none: SafetyFinding[] = [];
  const findings = [
    ...(allergies ? run("allergy-conflicts", none, () => findAllergyConflicts(current, allergies, kb)) : []),
    ...run("interactions", none, () => findInteractions(current, kb)),
    ...run("duplicate-drugs", none, () => findDuplicateDrugs(current, kb)),
    ...run("duplicate-classes", none, () => findDuplicateClasses(current, kb)),
    ...run("controlled-drugs", none, () => findControlledDrugPatterns(medications, kb, options)),
  ].sort(compareFindings);
  return {
    status: failed ? "could-not-run" : "checked",
    findings,
    currentMedicationCount: current.length,
    notChecked: selection.notChecked,
    inputIncomplete,
    ruleBase: run("rule-base", null, () => ruleBaseInfo(kb, options.now)),
  };
}
