import { describe, expect, it } from "vitest";
import { landsOnCareWishes } from "./landing";

describe("landsOnCareWishes", () => {
  it("sends paramedics and community nurses to care wishes when the patient has any", () => {
    expect(landsOnCareWishes("PARAMEDIC", true)).toBe(true);
    expect(landsOnCareWishes("NURSE", true)).toBe(true);
  });

  it("leaves them on the Summary when the patient has none, and every other role on the Summary", () => {
    expect(landsOnCareWishes("PARAMEDIC", false)).toBe(false);
    expect(landsOnCareWishes("AE_DOCTOR", true)).toBe(false);
    expect(landsOnCareWishes("SOCIAL_CARE", true)).toBe(false);
  });
});
