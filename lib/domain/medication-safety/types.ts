import { z } from "zod";
import { incompletenessReasonSchema } from "../record/completeness";

/** Severity words prescribers know; "mild" is used for intended combinations that need monitoring, not alarm. */
export const severitySchema = z.enum(["severe", "moderate", "mild"]);
export type Severity = z.infer<typeof severitySchema>;

export const findingKindSchema = z.enum([
  "allergy-conflict",
  "interaction",
  "duplicate-drug",
  "controlled-drug-pattern",
  "duplicate-class",
]);
export type FindingKind = z.infer<typeof findingKindSchema>;

/** A reference a reader can check: who issued it, what it is called, when, and where (when it has a web address). */
export const ruleReferenceSchema = z.object({ body: z.string(), title: z.string(), date: z.string(), url: z.string().nullable() });
export type RuleReference = z.infer<typeof ruleReferenceSchema>;

export const evidenceLevelSchema = z.enum([
  "regulator",
  "guideline",
  "consensus",
  "study",
  "published-list",
  "practice-convention",
  "record",
]);
export type EvidenceLevel = z.infer<typeof evidenceLevelSchema>;

export const safetyFindingSchema = z.object({
  /** Stable for the same facts, so the UI can key and de-duplicate rows. */
  id: z.string(),
  kind: findingKindSchema,
  severity: severitySchema,
  /** One line naming the drugs, e.g. "Warfarin with ibuprofen". */
  title: z.string(),
  /** Plain English naming every item, source and date it covers, and why it matters. */
  explanation: z.string(),
  /** What to do about it, in plain English. */
  action: z.string(),
  /** The rule that fired (rule-base id), or null for a finding that needs no rule (same drug as a recorded allergen). */
  ruleId: z.string().nullable(),
  evidence: evidenceLevelSchema,
  references: z.array(ruleReferenceSchema),
  medicationIds: z.array(z.string()),
  issueIds: z.array(z.string()),
  allergyIds: z.array(z.string()),
});
export type SafetyFinding = z.infer<typeof safetyFindingSchema>;

export const notCheckedSchema = z.object({
  medicationId: z.string(),
  name: z.string(),
  /** not-identified: no ingredient the rule base knows; dormant: a repeat not issued for a long time. */
  reason: z.enum(["not-identified", "dormant"]),
  /** For a dormant repeat: "not issued since 12-Mar-2024". */
  detail: z.string().nullable(),
});
export type NotChecked = z.infer<typeof notCheckedSchema>;

export const ruleBaseInfoSchema = z.object({
  version: z.string(),
  /** dd-Mmm-yyyy */
  reviewed: z.string(),
  reviewDue: z.string(),
  reviewOverdue: z.boolean(),
  ruleCount: z.number().int().nonnegative(),
});
export type RuleBaseInfo = z.infer<typeof ruleBaseInfoSchema>;

export const safetyReportSchema = z.object({
  /** "checked" when every check ran; "could-not-run" when a check or the rule base failed (findings from the checks that ran are kept). */
  status: z.enum(["checked", "could-not-run"]),
  findings: z.array(safetyFindingSchema),
  /** Medicines treated as current (in use or in the home) and identified; the checks only see these. */
  currentMedicationCount: z.number().int().nonnegative(),
  /** Medicines that were not checked, each with why: never counted as checked. */
  notChecked: z.array(notCheckedSchema),
  /** Non-empty when the medication or allergy lists were incomplete, so "no findings" is not reassurance. */
  inputIncomplete: z.array(incompletenessReasonSchema),
  /** Null only when the rule base itself could not be loaded. */
  ruleBase: ruleBaseInfoSchema.nullable(),
});
export type SafetyReport = z.infer<typeof safetyReportSchema>;

// Ordering lives in ./ordering (no zod), re-exported here for server-side callers.
export { compareFindings, moreSevere } from "./ordering";
