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
});
export type AllergiesSection = z.infer<typeof allergiesSectionSchema>;
