// The record as a page is built from it: the patient, the Summary, every mapped section and the medication safety
// checks across them. Lives apart from ../record (the per-section mapping) because it joins mapping and safety.
import { z } from "zod";
import { safetyReportSchema } from "../medication-safety/types";
import { patientBannerSchema } from "../record/patient/types";
import { recordSectionsSchema } from "../record/section-registry/registry";
import { summarySchema } from "../record/summary";

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
