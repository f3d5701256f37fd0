import { describe, expect, it } from "vitest";
import { buildCompleteness } from "../record/completeness";
import { checkMedicationSafety } from "./check-medication-safety";
import { allergies, allergy, dateView, med, medications, NOW, OOH } from "@/test/builders/medication-safety";

describe("checkMedicationSafety", () => {
  const section = medications([
    med({ id: "w", name: "warfarin 3mg tablets", ingredients: ["warfarin"] }),
    med({ id: "i", name: "ibuprofen 400mg tablets", ingredients: ["ibuprofen"], prescriptionType: "acute", source: OOH, lastIssued: dateView("2026-11-20") }),
    med({ id: "n", name: "naproxen 250mg tablets", ingredients: ["naproxen"] }),
    med({ id: "a", name: "amoxicillin 500mg capsules", ingredients: ["amoxicillin"], prescriptionType: "acute", source: OOH, lastIssued: dateView("2026-11-24") }),
  ]);

  it("runs every rule and sorts the most severe first, allergy conflicts leading", () => {
    const report = checkMedicationSafety(section, allergies([allergy({ id: "pen", substance: "Penicillin", classes: ["penicillin"] })]), { now: NOW });
    expect(report.findings.map((f) => [f.kind, f.severity])).toEqual([
      ["allergy-conflict", "severe"],
      ["interaction", "severe"],
      ["interaction", "severe"],
      ["duplicate-class", "moderate"],
    ]);
    expect(report.currentMedicationCount).toBe(4);
    expect(report.inputIncomplete).toEqual([]);
    expect(report.knowledgeBase.interactions.source).toMatch(/BNF/);
  });

  it("says its input was incomplete when allergies are missing or medication items were withheld", () => {
    const withheld = { ...section, completeness: buildCompleteness({ shown: 4, withheld: true }) };
    const report = checkMedicationSafety(withheld, null, { now: NOW });
    expect(report.inputIncomplete.sort()).toEqual(["items-withheld", "source-unavailable"]);
    expect(report.findings.some((f) => f.kind === "allergy-conflict")).toBe(false);
  });

  it("finds nothing in an empty record", () => {
    const report = checkMedicationSafety(medications([]), allergies([]), { now: NOW });
    expect(report.findings).toEqual([]);
    expect(report.currentMedicationCount).toBe(0);
  });
});
