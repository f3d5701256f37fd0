import { z } from "zod";
import { codingViewSchema, dateViewSchema, itemBaseSchema } from "../common";
import { completenessSchema } from "../completeness";

export const allergyStatusSchema = z.enum(["active", "resolved", "unknown"]);
export type AllergyStatus = z.infer<typeof allergyStatusSchema>;

export const allergyItemSchema = itemBaseSchema.extend({
  /** What the patient reacts to, as text for display ("Penicillin", "Peanut"). */
  substance: z.string(),
  code: codingViewSchema.nullable(),
  /** Drug identity of the allergen when it is a medicine, for matching against prescriptions. */
  allergen: z.object({
    dmdCode: z.string().nullable(),
    ingredients: z.array(z.string()),
    classes: z.array(z.string()),
  }),
  category: z.enum(["medication", "food", "environment", "biologic", "unknown"]),
  type: z.enum(["allergy", "intolerance", "unknown"]),
  criticality: z.enum(["low", "high", "unable-to-assess", "unknown"]),
  status: allergyStatusSchema,
  /** FHIR verificationStatus; entered-in-error and refuted allergies never raise a medication warning. Absent when not sent. */
  verification: z.enum(["confirmed", "unconfirmed", "presumed", "refuted", "entered-in-error"]).optional(),
  reactions: z.array(z.string()),
  onset: dateViewSchema,
  resolved: dateViewSchema,
  note: z.string().nullable(),
  /** The allergy end extension (UK Core Extension-UKCore-AllergyIntoleranceEnd, GP Connect AllergyIntoleranceEnd-1): when and why it ended. */
  ended: z.object({ date: dateViewSchema, reason: z.string().nullable() }).nullable().optional(),
  /** Who entered it (recorder) and who it came from (asserter), as names; null when not sent. */
  recorder: z.string().nullable().optional(),
  asserter: z.string().nullable().optional(),
  /** The most severe reaction severity recorded (mild / moderate / severe); absent when none was sent. */
  severity: z.enum(["mild", "moderate", "severe"]).optional(),
});
export type AllergyItem = z.infer<typeof allergyItemSchema>;

export const allergiesSectionSchema = z.object({
  completeness: completenessSchema,
  active: z.array(allergyItemSchema),
  resolved: z.array(allergyItemSchema),
  /** True when the source positively recorded "no known allergies", which differs from an empty list. */
  noKnownAllergies: z.boolean(),
  /** What the source recorded for "no known allergies", as it said it ("No known drug allergy"); null when none was recorded. */
  noKnownAllergiesText: z.string().nullable().optional(),
  /** Allergies the source says were checked and found not to be allergies (verificationStatus refuted): shown apart, never a finding. */
  refuted: z.array(allergyItemSchema).optional(),
  /** How many entries the source marked entered-in-error: never shown as findings, never passed to safety rules. */
  enteredInError: z.number().int().nonnegative().optional(),
  /**
   * A recorded "no known (drug) allergy" that contradicts allergies recorded in the same record, as the source worded
   * it; null when there is no contradiction. The clinician is told; neither entry is hidden.
   */
  noKnownAllergiesConflict: z.string().nullable().optional(),
});
export type AllergiesSection = z.infer<typeof allergiesSectionSchema>;
