import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../roles";
import { can, canViewSection, visibleSections } from "./policy";
import { RECORD_SECTIONS } from "../record/section-registry/meta";

const CLINICIANS: Role[] = ["AE_DOCTOR", "OOH_GP", "CLINICIAN_111", "PARAMEDIC", "NURSE"];

describe("access policy", () => {
  it.each(CLINICIANS)("%s sees every section of the record", (role) => {
    expect(visibleSections(role)).toEqual([...RECORD_SECTIONS]);
    expect(can(role, "audit:read")).toBe(false);
  });

  it("social care sees only the restricted set", () => {
    expect(visibleSections("SOCIAL_CARE")).toEqual(["summary", "allergies", "end-of-life", "risks-and-warnings"]);
    expect(canViewSection("SOCIAL_CARE", "medications")).toBe(false);
    expect(canViewSection("SOCIAL_CARE", "problems")).toBe(false);
  });

  it.each(["PRIVACY_OFFICER", "ADMINISTRATOR"] as const)("%s sees no clinical record and cannot search", (role) => {
    expect(visibleSections(role)).toEqual([]);
    expect(can(role, "patient:search")).toBe(false);
  });

  it("only the privacy officer reads the audit trail and reviews alerts", () => {
    for (const role of ROLES) {
      expect(can(role, "audit:read")).toBe(role === "PRIVACY_OFFICER");
      expect(can(role, "alerts:review")).toBe(role === "PRIVACY_OFFICER");
    }
  });

  it("everyone signed in may report a safety concern; only the privacy officer reviews them", () => {
    for (const role of ROLES) {
      expect(can(role, "safety-concern:report")).toBe(true);
      expect(can(role, "safety-concern:review")).toBe(role === "PRIVACY_OFFICER");
    }
  });
});
