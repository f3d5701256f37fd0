import { z } from "zod";
import { allergyItemSchema } from "./allergies/types";
import { encounterItemSchema, problemItemSchema, riskItemSchema } from "./clinical/types";
import { completenessSchema, incompletenessReasonSchema, type IncompletenessReason } from "./completeness";
import { medicationItemSchema } from "./medications/types";
import type { AllergiesSection } from "./allergies/types";
import type { EncountersSection, ProblemsSection, RisksSection } from "./clinical/types";
import type { EndOfLifeSection } from "./end-of-life/types";
import type { MedicationsSection } from "./medications/types";

/**
 * The Summary page: what an urgent-care clinician needs first. Built from the mapped sections, so
 * it can never disagree with them; `incomplete` carries every reason any source section had.
 */
/** The sections the Summary is built from: how complete each was; null when it was not included (not requested, or not for this role). */
const summarySourcesSchema = z.object({
  problems: completenessSchema.nullable(),
  medications: completenessSchema.nullable(),
  allergies: completenessSchema.nullable(),
  risksAndWarnings: completenessSchema.nullable(),
  encounters: completenessSchema.nullable(),
});
const SUMMARY_SOURCES = summarySourcesSchema.keyof().options;

export const summarySchema = z.object({
  incomplete: z.array(incompletenessReasonSchema),
  sources: summarySourcesSchema,
  /** Active problems, major first. */
  activeProblems: z.array(problemItemSchema),
  currentRepeat: z.array(medicationItemSchema),
  /** Acute medication issued in the last 12 months. */
  recentAcute: z.array(medicationItemSchema),
  allergies: z.array(allergyItemSchema),
  noKnownAllergies: z.boolean(),
  /** The negation as recorded ("No known drug allergy" is not "no known allergies"); null when not recorded. */
  noKnownAllergiesText: z.string().nullable().optional(),
  warnings: z.array(riskItemSchema),
  recentEncounters: z.array(encounterItemSchema),
  /** Headline end-of-life facts, or null when the section was not included or is empty. */
  endOfLife: z
    .object({ notForResuscitation: z.boolean(), onPalliativeCareRegister: z.boolean(), preferredPlaceOfDeath: z.string().nullable() })
    .nullable(),
});
export type Summary = z.infer<typeof summarySchema>;

const RECENT_ENCOUNTERS = 3;

/** The sections the Summary reads; null when not included (not requested, or not for this role). */
export interface SummaryInput {
  problems: ProblemsSection | null;
  medications: MedicationsSection | null;
  allergies: AllergiesSection | null;
  risksAndWarnings: RisksSection | null;
  encounters: EncountersSection | null;
  endOfLife: EndOfLifeSection | null;
}

export function buildSummary(s: SummaryInput): Summary {
  const reasons = new Set<IncompletenessReason>();
  const sources = Object.fromEntries(SUMMARY_SOURCES.map((k) => [k, s[k]?.completeness ?? null])) as Summary["sources"];
  for (const completeness of Object.values(sources)) {
    for (const reason of completeness?.reasons ?? []) reasons.add(reason);
  }
  const eol = s.endOfLife && s.endOfLife.hasContent ? s.endOfLife : null;
  return {
    incomplete: [...reasons],
    sources,
    activeProblems: s.problems?.active ?? [],
    currentRepeat: s.medications?.currentRepeat ?? [],
    recentAcute: s.medications?.acute ?? [],
    allergies: s.allergies?.active ?? [],
    noKnownAllergies: s.allergies?.noKnownAllergies ?? false,
    noKnownAllergiesText: s.allergies?.noKnownAllergiesText ?? null,
    warnings: (s.risksAndWarnings?.items ?? []).filter((r) => r.active),
    recentEncounters: (s.encounters?.items ?? []).slice(0, RECENT_ENCOUNTERS),
    endOfLife: eol
      ? {
          notForResuscitation: eol.cpr?.decision === "not-for-resuscitation",
          onPalliativeCareRegister: eol.palliativeCareRegister !== null,
          preferredPlaceOfDeath: eol.preferredPlaceOfDeath,
        }
      : null,
  };
}
