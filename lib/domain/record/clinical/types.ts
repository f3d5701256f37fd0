import { z } from "zod";
import { codingViewSchema, dateViewSchema, itemBaseSchema } from "../common";
import { completenessSchema } from "../completeness";

// The simpler GP Connect sections: a list of items plus the section's completeness.
const listSection = <T extends z.ZodType>(item: T) => z.object({ completeness: completenessSchema, items: z.array(item) });

export const problemItemSchema = itemBaseSchema.extend({
  name: z.string(),
  code: codingViewSchema.nullable(),
  status: z.enum(["active", "past"]),
  significance: z.enum(["major", "minor", "unknown"]),
  onset: dateViewSchema,
  ended: dateViewSchema,
  /** FHIR clinicalStatus as sent (active, recurrence, relapse, inactive, remission, resolved); absent when not sent. */
  clinicalStatus: z.enum(["active", "recurrence", "relapse", "inactive", "remission", "resolved"]).optional(),
  /** Episodicity as the source worded it (UK Core ConditionEpisode: "First", "New", "Review"…); absent when not sent. */
  episodicity: z.string().optional(),
  /** Who recorded it and who asserted it, as names; absent when not sent. */
  recorder: z.string().optional(),
  asserter: z.string().optional(),
});
export const problemsSectionSchema = z.object({
  completeness: completenessSchema,
  active: z.array(problemItemSchema),
  past: z.array(problemItemSchema),
});
export type ProblemItem = z.infer<typeof problemItemSchema>;
export type ProblemsSection = z.infer<typeof problemsSectionSchema>;

export const encounterItemSchema = itemBaseSchema.extend({
  /** "Surgery consultation", "Out of hours consultation"… */
  type: z.string(),
  /** Start, with time when known ("14-Jul-2024 09:30"). */
  date: dateViewSchema,
  clinician: z.string().nullable(),
  reason: z.string(),
});
export const encountersSectionSchema = listSection(encounterItemSchema);
export type EncounterItem = z.infer<typeof encounterItemSchema>;
export type EncountersSection = z.infer<typeof encountersSectionSchema>;

export const observationItemSchema = itemBaseSchema.extend({
  name: z.string(),
  /** Ready to show: "128/82 mmHg", "82.4 kg", "Ex-smoker". */
  value: z.string(),
  date: dateViewSchema,
  /** "high" / "low" / "abnormal" from the interpretation; null when normal or not stated. */
  flag: z.enum(["high", "low", "abnormal"]).nullable(),
  range: z.string().nullable(),
});
export const observationsSectionSchema = listSection(observationItemSchema);
export type ObservationItem = z.infer<typeof observationItemSchema>;
export type ObservationsSection = z.infer<typeof observationsSectionSchema>;

export const investigationItemSchema = itemBaseSchema.extend({
  name: z.string(),
  date: dateViewSchema,
  issued: dateViewSchema,
  results: z.array(observationItemSchema),
});
export const investigationsSectionSchema = listSection(investigationItemSchema);
export type InvestigationItem = z.infer<typeof investigationItemSchema>;
export type InvestigationsSection = z.infer<typeof investigationsSectionSchema>;

export const immunisationItemSchema = itemBaseSchema.extend({
  vaccine: z.string(),
  date: dateViewSchema,
  dose: z.number().int().positive().nullable(),
  status: z.string(),
});
export const immunisationsSectionSchema = listSection(immunisationItemSchema);
export type ImmunisationItem = z.infer<typeof immunisationItemSchema>;
export type ImmunisationsSection = z.infer<typeof immunisationsSectionSchema>;

export const referralItemSchema = itemBaseSchema.extend({
  service: z.string(),
  date: dateViewSchema,
  priority: z.string(),
  status: z.string(),
  requester: z.string().nullable(),
  performer: z.string().nullable(),
  reason: z.string(),
});
export const referralsSectionSchema = listSection(referralItemSchema);
export type ReferralItem = z.infer<typeof referralItemSchema>;
export type ReferralsSection = z.infer<typeof referralsSectionSchema>;

export const riskItemSchema = itemBaseSchema.extend({
  text: z.string(),
  /** "Safety", "Behavioural", "Clinical", "Contact". */
  category: z.string(),
  since: dateViewSchema,
  active: z.boolean(),
});
export const risksSectionSchema = listSection(riskItemSchema);
export type RiskItem = z.infer<typeof riskItemSchema>;
export type RisksSection = z.infer<typeof risksSectionSchema>;
