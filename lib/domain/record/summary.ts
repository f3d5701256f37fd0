import { z } from "zod";
import { allergyItemSchema } from "./allergies/types";
import { encounterItemSchema, problemItemSchema, riskItemSchema } from "./clinical/types";
import { completenessSchema, incompletenessReasonSchema, type IncompletenessReason } from "./completeness";
import { medicationItemSchema } from "./medications/types";
import type { AllergiesSection } from "./allergies/types";
import type { EncountersSection, ProblemsSection, RisksSection } from "./clinical/types";
import { careWishesStatus } from "./end-of-life/care-wishes-status";
import { careWishesStatusSchema } from "./end-of-life/care-wishes-status-schema";
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
  /** End of life counts in the Summary's completeness: its CPR decision is the most urgent fact on the page. */
  endOfLife: completenessSchema.nullable(),
});
const SUMMARY_SOURCES = summarySourcesSchema.keyof().options;

export const summarySchema = z.object({
  incomplete: z.array(incompletenessReasonSchema),
  sources: summarySourcesSchema,
  /** Active problems, major first. */
  activeProblems: z.array(problemItemSchema),
  currentRepeat: z.array(medicationItemSchema),
  /** Active medication whose course type was not recorded ("Current medication – type not recorded"). */
  currentTypeNotRecorded: z.array(medicationItemSchema).optional(),
  /** Acute medication issued in the last 12 months. */
  recentAcute: z.array(medicationItemSchema),
  allergies: z.array(allergyItemSchema),
  noKnownAllergies: z.boolean(),
  /** The negation as recorded ("No known drug allergy" is not "no known allergies"); null when not recorded. */
  noKnownAllergiesText: z.string().nullable().optional(),
  warnings: z.array(riskItemSchema),
  recentEncounters: z.array(encounterItemSchema),
  /** Headline end-of-life facts, or null when the section was not included (not requested, or not for this role). */
  endOfLife: z
    .object({
      /** False when the section came back empty, or could not be fetched: see careWishes. */
      hasContent: z.boolean(),
      notForResuscitation: z.boolean(),
      onPalliativeCareRegister: z.boolean(),
      preferredPlaceOfCare: z.string().nullable(),
      preferredPlaceOfDeath: z.string().nullable(),
      hasAdrt: z.boolean(),
      /** The same three states as the banner: a decision, "none recorded", or "could not be retrieved". */
      careWishes: careWishesStatusSchema,
    })
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
  const eol = s.endOfLife;
  return {
    incomplete: [...reasons],
    sources,
    activeProblems: s.problems?.active ?? [],
    currentRepeat: s.medications?.currentRepeat ?? [],
    currentTypeNotRecorded: s.medications?.currentTypeNotRecorded ?? [],
    recentAcute: s.medications?.acute ?? [],
    allergies: s.allergies?.active ?? [],
    noKnownAllergies: s.allergies?.noKnownAllergies ?? false,
    noKnownAllergiesText: s.allergies?.noKnownAllergiesText ?? null,
    warnings: (s.risksAndWarnings?.items ?? []).filter((r) => r.active),
    recentEncounters: (s.encounters?.items ?? []).slice(0, RECENT_ENCOUNTERS),
    endOfLife: eol
      ? {
          hasContent: eol.hasContent,
          // Only a clear decision counts: an unclear one is said as unclear, never as DNACPR.
          notForResuscitation: eol.cpr?.decision === "not-for-resuscitation" && eol.cprUnclear === null,
          onPalliativeCareRegister: eol.palliativeCareRegister !== null,
          preferredPlaceOfCare: eol.preferredPlaceOfCare,
          preferredPlaceOfDeath: eol.preferredPlaceOfDeath,
          hasAdrt: eol.adrt !== null,
          careWishes: careWishesStatus(eol),
        }
      : null,
  };
}
