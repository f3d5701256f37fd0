import { z } from "zod";
import { safetyReportSchema } from "../medication-safety/types";
import { administrativeSectionSchema } from "./administrative/types";
import { allergiesSectionSchema } from "./allergies/types";
import {
  encountersSectionSchema,
  immunisationsSectionSchema,
  investigationsSectionSchema,
  observationsSectionSchema,
  problemsSectionSchema,
  referralsSectionSchema,
  risksSectionSchema,
} from "./clinical/types";
import { endOfLifeSectionSchema } from "./end-of-life/types";
import { medicationsSectionSchema } from "./medications/types";
import { patientBannerSchema } from "./patient/types";
import { summarySchema } from "./summary";

/** A section is null when it was not requested (or not permitted for the role); see `omitted`. */
export const recordSectionsSchema = z.object({
  medications: medicationsSectionSchema.nullable(),
  allergies: allergiesSectionSchema.nullable(),
  problems: problemsSectionSchema.nullable(),
  encounters: encountersSectionSchema.nullable(),
  observations: observationsSectionSchema.nullable(),
  investigations: investigationsSectionSchema.nullable(),
  immunisations: immunisationsSectionSchema.nullable(),
  referrals: referralsSectionSchema.nullable(),
  risksAndWarnings: risksSectionSchema.nullable(),
  endOfLife: endOfLifeSectionSchema.nullable(),
  /** Derived from the demographics the MIG always sends; see map-administrative.ts. */
  administrative: administrativeSectionSchema.nullable(),
});
export type RecordSections = z.infer<typeof recordSectionsSchema>;
export type RecordSectionKey = keyof RecordSections;
export const RECORD_SECTION_KEYS = recordSectionsSchema.keyof().options;

export const recordViewModelSchema = z.object({
  patient: patientBannerSchema,
  summary: summarySchema,
  sections: recordSectionsSchema,
  /** Safety checks over medication and allergies; null when medication was not included. */
  medicationSafety: safetyReportSchema.nullable(),
  /** Messages the source attached to the whole record (e.g. sections not permitted for the role). */
  sourceMessages: z.array(z.string()),
});
export type RecordViewModel = z.infer<typeof recordViewModelSchema>;
