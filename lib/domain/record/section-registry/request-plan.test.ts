import { describe, expect, it } from "vitest";
import { canViewSection } from "../../access/policy";
import type { Role } from "../../roles";
import { appliedDateFilter, bannerSectionsToRequest, sectionsToRequest as plan, structuredRecordParameters } from "./request-plan";

const sectionsToRequest = (section: Parameters<typeof plan>[0], role: Role) => plan(section, (s) => canViewSection(role, s));

const RANGE = { from: "2025-01-01", to: "2025-06-30" };

describe("request plan", () => {
  it("asks for what each page needs, leaving out what the role may not see", () => {
    expect(sectionsToRequest("summary", "AE_DOCTOR")).toEqual([
      "medications",
      "problems",
      "allergies",
      "endOfLife",
      "risksAndWarnings",
      "encounters",
    ]);
    expect(sectionsToRequest("summary", "SOCIAL_CARE")).toEqual(["allergies", "endOfLife", "risksAndWarnings"]);
    expect(sectionsToRequest("medications", "OOH_GP")).toEqual(["medications", "allergies"]);
    expect(sectionsToRequest("administrative", "NURSE")).toEqual(["administrative"]);
  });

  it("asks, for the banner, for care wishes and the risks that carry reasonable adjustments, only where the role may see them", () => {
    expect(bannerSectionsToRequest((s) => canViewSection("PARAMEDIC", s))).toEqual({
      keys: ["endOfLife", "risksAndWarnings"],
      slugs: ["end-of-life", "risks-and-warnings"],
    });
    expect(bannerSectionsToRequest((s) => s === "end-of-life")).toEqual({ keys: ["endOfLife"], slugs: ["end-of-life"] });
  });

  it("applies the part of a range each date mode takes", () => {
    expect(appliedDateFilter("problems", RANGE)).toBeNull();
    expect(appliedDateFilter("medications", RANGE)).toEqual({ from: "2025-01-01", to: null });
    expect(appliedDateFilter("medications", { from: null, to: "2025-06-30" })).toBeNull();
    expect(appliedDateFilter("encounters", RANGE)).toEqual(RANGE);
    expect(appliedDateFilter("referrals", RANGE)).toEqual(RANGE);
  });

  it("sends the gateway a parameter per section, with the range only where GP Connect has a filter, and nothing for administrative items", () => {
    const parameters = structuredRecordParameters("9681174003", ["medications", "allergies", "encounters", "referrals", "administrative"], {
      medications: { from: "2025-01-01", to: null },
      encounters: RANGE,
      referrals: RANGE,
    });
    expect(parameters.parameter?.map((p) => p.name)).toEqual([
      "patientNHSNumber",
      "includeMedication",
      "includeAllergies",
      "includeConsultations",
      "includeReferrals",
    ]);
    const part = (name: string) => parameters.parameter?.find((p) => p.name === name)?.part ?? [];
    expect(part("includeMedication")).toContainEqual({ name: "medicationSearchFromDate", valueDate: "2025-01-01" });
    expect(part("includeConsultations")).toEqual([
      { name: "consultationSearchPeriod", valuePeriod: { start: "2025-01-01", end: "2025-06-30" } },
    ]);
    expect(part("includeReferrals")).toEqual([]);
  });
});
