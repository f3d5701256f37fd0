import { z } from "zod";
import { dateViewSchema } from "../common";
import { completenessSchema } from "../completeness";
import { problemItemSchema } from "../clinical/types";

export const contactSchema = z.object({
  id: z.string(),
  role: z.enum(["lpa-health-welfare", "next-of-kin", "main-carer", "key-worker", "other"]),
  /** "Lasting power of attorney (health and welfare)", "Next of kin"… */
  roleLabel: z.string(),
  name: z.string(),
  relationship: z.string().nullable(),
  phone: z.string().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

/** PRSB end-of-life / ReSPECT dataset. Every part is nullable: most patients have only some. */
export const endOfLifeSectionSchema = z.object({
  completeness: completenessSchema,
  /** False when the section came back with nothing in it. */
  hasContent: z.boolean(),
  palliativeCareRegister: z.object({ since: dateViewSchema }).nullable(),
  prognosis: z.string().nullable(),
  relevantDiagnoses: z.array(problemItemSchema),
  cpr: z
    .object({
      decision: z.enum(["not-for-resuscitation", "for-resuscitation", "unknown"]),
      /** The decision as the source worded it, e.g. "Do not attempt CPR". */
      display: z.string(),
      formType: z.string().nullable(),
      date: dateViewSchema,
      reviewDate: dateViewSchema,
      decidedBy: z.string().nullable(),
      formLocation: z.string().nullable(),
    })
    .nullable(),
  respect: z.object({ priority: z.string(), recommended: z.array(z.string()), notWanted: z.array(z.string()) }).nullable(),
  preferredPlaceOfCare: z.string().nullable(),
  preferredPlaceOfDeath: z.string().nullable(),
  patientWishes: z.string().nullable(),
  familyWishes: z.string().nullable(),
  adrt: z.object({ refuses: z.string(), documentLocation: z.string().nullable(), date: dateViewSchema }).nullable(),
  anticipatoryMedicines: z.object({
    items: z.array(z.object({ id: z.string(), name: z.string(), dosage: z.string(), controlledDrug: z.boolean() })),
    location: z.string().nullable(),
  }),
  lastingPowerOfAttorney: z.array(contactSchema),
  keyContacts: z.array(contactSchema),
  homeAccess: z.string().nullable(),
});
export type EndOfLifeSection = z.infer<typeof endOfLifeSectionSchema>;
