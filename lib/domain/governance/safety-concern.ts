// A safety concern a user reports from any page (issue 13): what they saw, on which page, and — when the page is a
// patient's record — which patient. The privacy officer / clinical safety officer reviews it like an override alert.
import { z } from "zod";
import { isValidNhsNumber } from "../nhs-number";
import type { Role } from "../roles";
import type { PatientNameView } from "./patient-name";
import { reviewNoteSchema } from "./review-note";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "../text/control-characters";

export const SAFETY_CONCERN_STATUSES = ["OPEN", "NO_ACTION_NEEDED", "HAZARD_LOG_UPDATED"] as const;
export type SafetyConcernStatusName = (typeof SAFETY_CONCERN_STATUSES)[number];

/** The outcomes a review can record: a concern is never reviewed back to open. */
export const SAFETY_CONCERN_OUTCOMES = ["NO_ACTION_NEEDED", "HAZARD_LOG_UPDATED"] as const;

export const SAFETY_CONCERN_STATUS_LABELS: Record<SafetyConcernStatusName, string> = {
  OPEN: "Open",
  NO_ACTION_NEEDED: "Reviewed: no change needed",
  HAZARD_LOG_UPDATED: "Reviewed: hazard log updated",
};

/** An app path the user was on ("/patients/9663113464/summary"), never another site or a full URL. */
const pageSchema = z
  .string({ error: "Say which page you were on" })
  .trim()
  .max(300, "That page address is too long")
  .regex(/^\/(?!\/)[A-Za-z0-9\-._~/%?=&]*$/, "That is not a page of this service")
  .refine((value) => !hasControlCharacters(value), CONTROL_CHARACTER_MESSAGE);

export const safetyConcernSchema = z.object({
  page: pageSchema,
  concern: z
    .string({ error: "Describe what you saw" })
    .trim()
    .min(1, "Describe what you saw")
    .max(4000, "Keep the description under 4000 characters")
    .refine((value) => !hasControlCharacters(value, { multiline: true }), CONTROL_CHARACTER_MESSAGE),
});
export type SafetyConcernInput = z.infer<typeof safetyConcernSchema>;

export const safetyConcernReviewSchema = z.object({
  outcome: z.enum(SAFETY_CONCERN_OUTCOMES, { error: "Select the outcome of your review" }),
  note: reviewNoteSchema,
});

export const safetyConcernIdSchema = z.uuid({ error: "That concern reference is not valid" });

/** The patient a record page is about ("/patients/9663113464/medications" → "9663113464"), or null. */
export function patientOfPage(page: string): string | null {
  const m = /^\/patients\/(\d{10})(?:[/?#]|$)/.exec(page);
  return m?.[1] && isValidNhsNumber(m[1]) ? m[1] : null;
}

/** The page a "Report a safety concern" link came from, or "/" when it names none a user could have been on. */
export function pageFromQuery(value: string | string[] | undefined): string {
  const page = typeof value === "string" ? value : "";
  return pageSchema.safeParse(page).success && !page.startsWith("/safety-concern") ? page : "/";
}

/** A reported concern as the privacy officer reads it. */
export type SafetyConcernView = {
  id: string;
  status: SafetyConcernStatusName;
  reportedAt: string;
  reporter: { username: string; displayName: string; role: Role; organisation: string };
  patientNhsNumber: string | null;
  /** The patient's name from the gateway next to the NHS number, or why it is missing; null when no patient. */
  patient: PatientNameView | null;
  page: string;
  concern: string;
  review: { reviewedAt: string; reviewedBy: string; note: string | null } | null;
};
