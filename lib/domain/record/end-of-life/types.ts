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
  /** Lasting power of attorney only: registered with the Office of the Public Guardian; null when not recorded. */
  lpaRegistered: z.boolean().nullable().default(null),
  /** Lasting power of attorney only: whether it covers decisions about life-sustaining treatment; null when not recorded. */
  lpaCoversLifeSustaining: z.boolean().nullable().default(null),
});
export type Contact = z.infer<typeof contactSchema>;

/** Who recorded an entry and when, as the GP system sent it. */
export const recordedSchema = z.object({ by: z.string().nullable(), on: dateViewSchema });

export const cprDecisionSchema = z.object({
  id: z.string(),
  decision: z.enum(["not-for-resuscitation", "for-resuscitation", "unknown"]),
  /** The SNOMED CT code as sent, or null. */
  code: z.string().nullable(),
  /** The decision as the source worded it, e.g. "Do not attempt CPR". Free text shown as written. */
  display: z.string(),
  formType: z.string().nullable(),
  date: dateViewSchema,
  reviewDate: dateViewSchema,
  /** The review date is before today: "review date passed" is shown beside it. */
  reviewOverdue: z.boolean(),
  decidedBy: z.string().nullable(),
  formLocation: z.string().nullable(),
  /** "Yes", or "No" with the reason, as recorded; null when not recorded. */
  discussedWithPatient: z.string().nullable(),
  discussedWithFamily: z.string().nullable(),
  /** Mental capacity for this decision, as recorded. */
  capacity: z.string().nullable(),
  /** Others involved in the decision (family, LPA, IMCA…). */
  involved: z.string().nullable(),
  recorded: recordedSchema,
});
export type CprDecision = z.infer<typeof cprDecisionSchema>;

export const ceilingOfTreatmentSchema = z.enum(["full-escalation", "ward-based", "comfort-focused", "unknown"]);
export type CeilingOfTreatment = z.infer<typeof ceilingOfTreatmentSchema>;

export const anticipatoryMedicineSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The prescriber's directions as written. */
  dosage: z.string(),
  controlledDrug: z.boolean(),
  /** "2.5 mg to 5 mg" from the structured dose range; null when not structured. */
  doseRange: z.string().nullable().default(null),
  /** "30 mg in 24 hours"; null when not recorded. */
  maxIn24Hours: z.string().nullable().default(null),
  issued: dateViewSchema.nullable().default(null),
});
export type AnticipatoryMedicine = z.infer<typeof anticipatoryMedicineSchema>;

/** PRSB end-of-life / ReSPECT dataset. Every part is nullable: most patients have only some. */
export const endOfLifeSectionSchema = z.object({
  completeness: completenessSchema,
  /** False when the section came back with nothing in it. */
  hasContent: z.boolean(),
  palliativeCareRegister: z.object({ since: dateViewSchema }).nullable(),
  prognosis: z.string().nullable(),
  relevantDiagnoses: z.array(problemItemSchema),
  /** The decision to act on: the latest effective entry (see select-cpr-decision.ts); null when none. */
  cpr: cprDecisionSchema.nullable(),
  /** Older effective CPR decisions, newest first: listed beneath, never merged into the current one. */
  cprOlder: z.array(cprDecisionSchema).default([]),
  /** Entered-in-error or cancelled CPR entries that were left out. */
  cprVoided: z.number().int().nonnegative().default(0),
  /** Why the current decision cannot be relied on; null when it can. */
  cprUnclear: z.enum(["same-day-conflict", "unknown-code"]).nullable().default(null),
  respect: z
    .object({
      priority: z.string(),
      recommended: z.array(z.string()),
      notWanted: z.array(z.string()),
      ceiling: ceilingOfTreatmentSchema.nullable().default(null),
      /** The ceiling as recorded, e.g. "Ward-based care: not for intensive care". */
      ceilingText: z.string().nullable().default(null),
      recorded: recordedSchema.nullable().default(null),
    })
    .nullable(),
  preferredPlaceOfCare: z.string().nullable(),
  preferredPlaceOfCareSecond: z.string().nullable().default(null),
  preferredPlaceOfDeath: z.string().nullable(),
  preferredPlaceOfDeathSecond: z.string().nullable().default(null),
  patientWishes: z.string().nullable(),
  familyWishes: z.string().nullable(),
  awareOfDiagnosis: z.string().nullable().default(null),
  awareOfPrognosis: z.string().nullable().default(null),
  organDonation: z.string().nullable().default(null),
  communicationNeeds: z.string().nullable().default(null),
  servicesInvolved: z.array(z.string()).default([]),
  equipmentInHome: z.array(z.string()).default([]),
  /** When the plan was last updated and by whom. */
  planUpdated: recordedSchema.nullable().default(null),
  adrt: z.object({ refuses: z.string(), documentLocation: z.string().nullable(), date: dateViewSchema }).nullable(),
  anticipatoryMedicines: z.object({
    items: z.array(anticipatoryMedicineSchema),
    location: z.string().nullable(),
  }),
  lastingPowerOfAttorney: z.array(contactSchema),
  keyContacts: z.array(contactSchema),
  homeAccess: z.string().nullable(),
});
export type EndOfLifeSection = z.infer<typeof endOfLifeSectionSchema>;
