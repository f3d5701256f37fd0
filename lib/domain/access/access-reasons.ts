// What a clinician records before the record opens (consent to view, refusal, or emergency override).
import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "../text/control-characters";

export const OVERRIDE_REASONS = [
  "Patient unconscious or unable to communicate",
  "Life-threatening emergency",
  "Patient lacks capacity and no representative is available",
  "Safeguarding concern",
  "Other (explain below)",
] as const;

export const accessDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("CONSENT_GIVEN") }),
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
export function consentToViewClaim(decision: AccessDecisionKind): "given" | "emergency-override" | null {
  switch (decision) {
    case "CONSENT_GIVEN":
      return "given";
    case "EMERGENCY_OVERRIDE":
      return "emergency-override";
    // Launched from a registered host that asserted a legitimate relationship (e.g. booked in at this ED): direct
    // care with the patient's implied consent, carried to the MIG as consent given.
    case "LEGITIMATE_RELATIONSHIP":
      return "given";
    case "CONSENT_REFUSED":
      return null;
  }
}
