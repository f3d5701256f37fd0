import { z } from "zod";

/**
 * Building blocks shared by every section view model. View models cross the server → browser
 * boundary as JSON, so dates travel as ISO strings with their display text already made; the
 * browser never re-parses a clinical date.
 */

export const datePrecisionSchema = z.enum(["year", "month", "day", "time"]);

export const dateViewSchema = z.object({
  /** The FHIR value as sent, or null when absent or unreadable. Sort on `sortKey`, not this. */
  iso: z.string().nullable(),
  precision: datePrecisionSchema.nullable(),
  /** CUI text: "14-Jul-1945", "Jul-1945", "14-Jul-2024 09:30", or "Not recorded". */
  display: z.string(),
  /** Epoch milliseconds of the earliest instant the value can mean; null sorts last. */
  sortKey: z.number().nullable(),
});
export type DateView = z.infer<typeof dateViewSchema>;

/**
 * Where an item came from. Clinicians weigh an entry differently when it was recorded by the
 * patient's own practice, another practice (e.g. temporary registration), out of hours or a
 * hospital, and duplicate prescribing is found by comparing sources.
 */
export const organisationKindSchema = z.enum(["own-practice", "other-practice", "out-of-hours", "hospital", "other", "unknown"]);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const sourceOrganisationSchema = z.object({
  name: z.string(),
  odsCode: z.string().nullable(),
  kind: organisationKindSchema,
});
export type SourceOrganisation = z.infer<typeof sourceOrganisationSchema>;

export const codingViewSchema = z.object({
  system: z.string().nullable(),
  code: z.string().nullable(),
  display: z.string(),
});
export type CodingView = z.infer<typeof codingViewSchema>;

/** Fields every list item carries, so any row can say who recorded it and when. */
export const itemBaseSchema = z.object({
  id: z.string(),
  source: sourceOrganisationSchema,
  recorded: dateViewSchema,
});
export type ItemBase = z.infer<typeof itemBaseSchema>;
