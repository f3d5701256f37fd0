import { z } from "zod";
import { dateViewSchema, itemBaseSchema } from "../common";
import { completenessSchema } from "../completeness";

/** dm+d concept class of the coded product; decides generic vs brand display and drug identity. */
export const dmdConceptKindSchema = z.enum(["VTM", "VMP", "VMPP", "AMP", "AMPP", "unknown"]);
export type DmdConceptKind = z.infer<typeof dmdConceptKindSchema>;

export const drugIdentitySchema = z.object({
  dmdCode: z.string().nullable(),
  dmdKind: dmdConceptKindSchema,
  /** Active ingredients, lower case ("amoxicillin"); the key for duplicate and interaction rules. */
  ingredients: z.array(z.string()),
  /** Therapeutic classes the source gave ("nsaid", "ssri"); the safety rules add their own. */
  classes: z.array(z.string()),
});
export type DrugIdentity = z.infer<typeof drugIdentitySchema>;

/** Schedule under the Misuse of Drugs Regulations 2001; null when not a controlled drug. */
export const controlledDrugSchema = z.object({ schedule: z.enum(["1", "2", "3", "4", "5", "unknown"]) }).nullable();

export const prescriptionTypeSchema = z.enum(["acute", "repeat", "repeat-dispensing", "unknown"]);
export type PrescriptionType = z.infer<typeof prescriptionTypeSchema>;

export const medicationStatusSchema = z.enum(["active", "completed", "stopped", "unknown"]);
export type MedicationStatus = z.infer<typeof medicationStatusSchema>;

export const medicationIssueSchema = itemBaseSchema.extend({
  /** The plan (MedicationItem.id) this issue belongs to; null when the link is missing. */
  planId: z.string().nullable(),
  medicationName: z.string(),
  drug: drugIdentitySchema,
  controlledDrug: controlledDrugSchema,
  issued: dateViewSchema,
  dosage: z.string(),
  quantity: z.string(),
  prescriber: z.string().nullable(),
});
export type MedicationIssue = z.infer<typeof medicationIssueSchema>;

export const medicationItemSchema = itemBaseSchema.extend({
  /** CUI display name: generic lower case, brand in capitals. */
  name: z.string(),
  drug: drugIdentitySchema,
  controlledDrug: controlledDrugSchema,
  prescriptionType: prescriptionTypeSchema,
  status: medicationStatusSchema,
  dosage: z.string(),
  quantity: z.string(),
  started: dateViewSchema,
  ended: dateViewSchema,
  lastIssued: dateViewSchema,
  issueCount: z.number().int().nonnegative(),
  /**
   * Issues the repeat authorisation allows in all (the first issue and its repeats: R4 numberOfRepeatsAllowed + 1, or
   * GP Connect numberOfRepeatPrescriptionsAllowed as sent); null when not set.
   */
  maxIssues: z.number().int().nonnegative().nullable(),
  reviewDate: dateViewSchema,
  discontinued: z.object({ date: dateViewSchema, reason: z.string() }).nullable(),
  prescriber: z.string().nullable(),
  /** A just-in-case (anticipatory) medicine kept in the home; absent when not. */
  anticipatory: z.boolean().optional(),
  /** Taken as needed (PRN), with the reason when the source gave one; absent when not PRN. */
  asNeeded: z.object({ reason: z.string().nullable() }).optional(),
  /** The source's prescribing organisation type as it worded it ("Prescribed by another organisation"); absent when not sent. */
  prescribingAgency: z.string().optional(),
  /** What the patient was told beyond the dose (Dosage.patientInstruction: "take with food"); absent when not sent. */
  patientInstruction: z.string().optional(),
  /** Notes on the medication or its authorisation (MedicationStatement.note, MedicationRequest.note: pharmacy notes), each once; absent when none. */
  notes: z.array(z.string()).optional(),
  /** The authorisation's intent when it is not a plan: "option" is a proposal, never current medication. */
  intent: z.enum(["plan", "order", "option", "proposal", "unknown"]).optional(),
});
export type MedicationItem = z.infer<typeof medicationItemSchema>;

export const medicationsSectionSchema = z.object({
  completeness: completenessSchema,
  /** Acute medication issued in the last 12 months, newest first. */
  acute: z.array(medicationItemSchema),
  /** Repeat medication still active, newest issue first. */
  currentRepeat: z.array(medicationItemSchema),
  /** Repeat medication stopped (discontinued), with date and reason; expired authorisations are only in `all`. */
  discontinuedRepeat: z.array(medicationItemSchema),
  /** Active medication whose course type (acute / repeat) the source did not state: never dropped, its own list. */
  currentTypeNotRecorded: z.array(medicationItemSchema).optional(),
  /** Medication options or proposals (intent option / proposal): not prescribed, not current, not checked; shown only here. */
  options: z.array(medicationItemSchema).optional(),
  all: z.array(medicationItemSchema),
  /** Every issue of every plan, newest first; each names its plan (`planId`), so plans do not carry copies. */
  issues: z.array(medicationIssueSchema),
});
export type MedicationsSection = z.infer<typeof medicationsSectionSchema>;
