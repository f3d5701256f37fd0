// What a clinician records before the record opens: consent to view (from the patient, or given for them by a
// representative, a lasting power of attorney or a parent), a refusal, an emergency override, or, for a patient
// who has died, why the record is needed (certification, the coroner, bereavement support). Each is audited.
import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "../text/control-characters";

export const OVERRIDE_REASONS = [
  "Patient unconscious or unable to communicate",
  "Life-threatening emergency",
  "Patient lacks capacity and no representative is available",
  "Safeguarding concern",
  "Other (explain below)",
] as const;

/** Who gave consent to view. Absent means the patient. */
export const CONSENT_GIVERS = {
  patient: "The patient",
  representative: "A representative acting for the patient (for example next of kin or a carer)",
  "lasting-power-of-attorney": "An attorney under a lasting power of attorney for health and welfare",
  parent: "A parent, or someone with parental responsibility, for a child",
} as const;
export type ConsentGiver = keyof typeof CONSENT_GIVERS;

/** Why the record of a patient who has died is needed. */
export const DECEASED_PURPOSES = {
  certification: "To certify the death (medical certificate of cause of death)",
  coroner: "For the coroner",
  "bereavement-support": "Bereavement support for the family",
} as const;
export type DeceasedPurpose = keyof typeof DECEASED_PURPOSES;

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const accessDecisionSchema = z.discriminatedUnion("decision", [
  z.object({
    decision: z.literal("CONSENT_GIVEN"),
    givenBy: z.enum(keys(CONSENT_GIVERS), { error: "Choose who gave permission" }).optional(),
  }),
  z.object({
    decision: z.literal("DECEASED_PATIENT"),
    purpose: z.enum(keys(DECEASED_PURPOSES), { error: "Choose why you need the record of a patient who has died" }),
  }),
  z.object({ decision: z.literal("CONSENT_REFUSED") }),
  z.object({
    decision: z.literal("EMERGENCY_OVERRIDE"),
    reason: z.enum(OVERRIDE_REASONS, { error: "Choose a reason for the emergency override" }),
    detail: z
      .string({ error: "Explain why you need to see the record without the patient's permission" })
      .trim()
      .min(10, "Explain in at least 10 characters why you need to see the record without the patient's permission")
      .max(1000, "Keep the explanation under 1000 characters")
      .refine((value) => !hasControlCharacters(value, { multiline: true }), CONTROL_CHARACTER_MESSAGE),
  }),
]);

export type AccessDecisionInput = z.infer<typeof accessDecisionSchema>;
/** A decision the clinician records on the form, or one a launching host asserts (lib/domain/launch). */
export type AccessDecisionKind = AccessDecisionInput["decision"] | "LEGITIMATE_RELATIONSHIP";

/** The value carried to the MIG's consent_to_view claim; a refusal never reaches the MIG. */
export type ConsentToViewClaim = "given" | "emergency-override" | "deceased-patient";

export function consentToViewClaim(decision: AccessDecisionKind): ConsentToViewClaim | null {
  switch (decision) {
    case "CONSENT_GIVEN":
      return "given";
    case "EMERGENCY_OVERRIDE":
      return "emergency-override";
    case "DECEASED_PATIENT":
      return "deceased-patient";
    // Launched from a registered host that asserted a legitimate relationship (e.g. booked in at this ED): direct
    // care with the patient's implied consent, carried to the MIG as consent given.
    case "LEGITIMATE_RELATIONSHIP":
      return "given";
    case "CONSENT_REFUSED":
      return null;
  }
}

/** What the audit trail keeps of a decision beyond its kind: who gave consent, why a deceased record is needed. */
export function decisionAuditDetail(decision: AccessDecisionInput): Record<string, string> {
  switch (decision.decision) {
    case "CONSENT_GIVEN":
      return { consentGivenBy: CONSENT_GIVERS[decision.givenBy ?? "patient"] };
    case "DECEASED_PATIENT":
      return { purpose: DECEASED_PURPOSES[decision.purpose] };
    case "EMERGENCY_OVERRIDE":
      return { reason: decision.reason, explanation: decision.detail };
    case "CONSENT_REFUSED":
      return {};
  }
}
