import { describe, expect, it } from "vitest";
import { pageFromQuery, patientOfPage, safetyConcernReviewSchema, safetyConcernSchema } from "./safety-concern";

describe("safety concern reports", () => {
  it("takes the patient from a record page, only for a valid NHS number", () => {
    expect(patientOfPage("/patients/9663113464/medications")).toBe("9663113464");
    expect(patientOfPage("/patients/9663113464")).toBe("9663113464");
    expect(patientOfPage("/patients/9663113464?issues=all")).toBe("9663113464");
    expect(patientOfPage("/patients/1234567890/summary")).toBeNull();
    expect(patientOfPage("/patients")).toBeNull();
    expect(patientOfPage("/about")).toBeNull();
  });

  it("accepts a path of this service and refuses other sites, schemes and control characters", () => {
    expect(safetyConcernSchema.safeParse({ page: "/patients/9663113464/summary", concern: "Allergy missing" }).success).toBe(true);
    for (const page of ["https://evil.example/", "//evil.example/x", "javascript:alert(1)", "/a\u0000b", "relative/path"])
      expect(safetyConcernSchema.safeParse({ page, concern: "x" }).success, page).toBe(false);
    expect(safetyConcernSchema.safeParse({ page: "/", concern: "   " }).success).toBe(false);
    expect(safetyConcernSchema.safeParse({ page: "/", concern: "x".repeat(4001) }).success).toBe(false);
  });

  it("a link's page is kept only when it is a page a user could have been on", () => {
    expect(pageFromQuery("/patients/9663113464/summary")).toBe("/patients/9663113464/summary");
    expect(pageFromQuery("https://evil.example/")).toBe("/");
    expect(pageFromQuery(["/a", "/b"])).toBe("/");
    expect(pageFromQuery(undefined)).toBe("/");
    expect(pageFromQuery("/safety-concern")).toBe("/");
  });

  it("a review records an outcome, never back to open", () => {
    expect(safetyConcernReviewSchema.safeParse({ outcome: "HAZARD_LOG_UPDATED", note: "HZ-006 updated" }).success).toBe(true);
    expect(safetyConcernReviewSchema.safeParse({ outcome: "OPEN" }).success).toBe(false);
  });
});
