import { z } from "zod";
import { incompletenessReasonSchema } from "../record/completeness";

/** BNF severity words, so findings read the way prescribers are used to. */
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

export const safetyFindingSchema = z.object({
  /** Stable for the same facts, so the UI can key and de-duplicate rows. */
  id: z.string(),
  kind: findingKindSchema,
  severity: severitySchema,
  /** One line naming the drugs, e.g. "Warfarin with ibuprofen". */
  title: z.string(),
  /** Plain English naming the drugs, sources and dates, and why it matters. */
  explanation: z.string(),
  medicationIds: z.array(z.string()),
  issueIds: z.array(z.string()),
  allergyIds: z.array(z.string()),
});
export type SafetyFinding = z.infer<typeof safetyFindingSchema>;

const knowledgeSourceSchema = z.object({ version: z.string(), source: z.string() });

export const safetyReportSchema = z.object({
  findings: z.array(safetyFindingSchema),
  /** How many medications were treated as current; the checks only see these. */
  currentMedicationCount: z.number().int().nonnegative(),
  /** Non-empty when the medication or allergy lists were incomplete, so "no findings" is not reassurance. */
  inputIncomplete: z.array(incompletenessReasonSchema),
  knowledgeBase: z.object({ interactions: knowledgeSourceSchema, drugClasses: knowledgeSourceSchema }),
});
export type SafetyReport = z.infer<typeof safetyReportSchema>;

// Ordering lives in ./ordering (no zod), re-exported here for server-side callers.
export { compareFindings, moreSevere } from "./ordering";
