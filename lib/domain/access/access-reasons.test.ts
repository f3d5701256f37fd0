import { describe, expect, it } from "vitest";
import { accessDecisionSchema, consentToViewClaim, decisionAuditDetail } from "./access-reasons";

describe("access decisions", () => {
  it("accepts consent and refusal without further detail", () => {
    expect(accessDecisionSchema.parse({ decision: "CONSENT_GIVEN" })).toEqual({ decision: "CONSENT_GIVEN" });
    expect(accessDecisionSchema.parse({ decision: "CONSENT_REFUSED" })).toEqual({ decision: "CONSENT_REFUSED" });
  });

  it("requires a listed reason and a real explanation for an emergency override", () => {
    const noReason = accessDecisionSchema.safeParse({ decision: "EMERGENCY_OVERRIDE", detail: "unconscious in resus" });
    expect(noReason.success).toBe(false);
    expect(noReason.error?.issues[0]?.message).toBe("Choose a reason for the emergency override");

    const short = accessDecisionSchema.safeParse({ decision: "EMERGENCY_OVERRIDE", reason: "Life-threatening emergency", detail: "  x  " });
    expect(short.error?.issues[0]?.message).toMatch(/at least 10 characters/);

    const ok = accessDecisionSchema.parse({
      decision: "EMERGENCY_OVERRIDE",
      reason: "Life-threatening emergency",
      detail: "  Arrived in resus unresponsive, overdose suspected  ",
    });
    expect(ok).toMatchObject({ detail: "Arrived in resus unresponsive, overdose suspected" });
  });

  it("refuses control characters in the explanation as a field error, allowing line breaks", () => {
    const nul = accessDecisionSchema.safeParse({
      decision: "EMERGENCY_OVERRIDE",
      reason: "Life-threatening emergency",
      detail: "Unresponsive\u0000 in resus",
    });
    expect(nul.success).toBe(false);
    expect(nul.error?.issues[0]).toMatchObject({ path: ["detail"], message: expect.stringMatching(/control/) });
    const lines = accessDecisionSchema.safeParse({
      decision: "EMERGENCY_OVERRIDE",
      reason: "Life-threatening emergency",
      detail: "Unresponsive\nin resus",
    });
    expect(lines.success).toBe(true);
  });

  it("never sends a refusal to the gateway", () => {
    expect(consentToViewClaim("CONSENT_GIVEN")).toBe("given");
    expect(consentToViewClaim("EMERGENCY_OVERRIDE")).toBe("emergency-override");
    expect(consentToViewClaim("CONSENT_REFUSED")).toBeNull();
  });

  it("records who gave consent: the patient by default, or a representative, an attorney or a parent", () => {
    expect(decisionAuditDetail(accessDecisionSchema.parse({ decision: "CONSENT_GIVEN" }))).toEqual({ consentGivenBy: "The patient" });
    const lpa = accessDecisionSchema.parse({ decision: "CONSENT_GIVEN", givenBy: "lasting-power-of-attorney" });
    expect(decisionAuditDetail(lpa)).toEqual({ consentGivenBy: expect.stringMatching(/lasting power of attorney/) });
    expect(accessDecisionSchema.parse({ decision: "CONSENT_GIVEN", givenBy: "parent" })).toMatchObject({ givenBy: "parent" });
    expect(accessDecisionSchema.safeParse({ decision: "CONSENT_GIVEN", givenBy: "neighbour" }).error?.issues[0]?.message).toBe(
      "Choose who gave permission",
    );
  });

  it("requires a listed purpose for a deceased patient's record, and sends its own claim to the gateway", () => {
    expect(accessDecisionSchema.safeParse({ decision: "DECEASED_PATIENT" }).error?.issues[0]?.message).toMatch(/who has died/);
    const coroner = accessDecisionSchema.parse({ decision: "DECEASED_PATIENT", purpose: "coroner" });
    expect(decisionAuditDetail(coroner)).toEqual({ purpose: "For the coroner" });
    expect(consentToViewClaim("DECEASED_PATIENT")).toBe("deceased-patient");
  });
});
