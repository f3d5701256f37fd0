import { describe, expect, it } from "vitest";
import { findAllergyConflicts } from "./allergy-conflicts";
import { selectCurrentMedication } from "./current-medication";
import { defaultKnowledgeBase as kb } from "./knowledge-base";
import { allergies, allergy, dateView, med, medications, NOW, OOH } from "@/test/builders/medication-safety";

const current = (...items: Parameters<typeof med>[0][]) => selectCurrentMedication(medications(items.map(med)), kb, { now: NOW });
const amoxicillin = { id: "amox", name: "amoxicillin 500mg capsules", source: OOH, prescriptionType: "acute" as const, lastIssued: dateView("2026-11-24") };

describe("allergy conflicts", () => {
  it("matches a penicillin allergy (class from the MIG) against amoxicillin", () => {
    const findings = findAllergyConflicts(current(amoxicillin), allergies([allergy({ id: "pen", substance: "Penicillin", classes: ["penicillin"], reactions: ["Anaphylaxis"] })]), kb);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "allergy-conflict", severity: "severe", medicationIds: ["amox"], allergyIds: ["pen"] });
    expect(findings[0]?.explanation).toContain("belongs to the same group (penicillins)");
    expect(findings[0]?.explanation).toContain("allergy \"Penicillin\" (reaction: Anaphylaxis), recorded 01-May-2010 by Riverside Surgery");
  });

  it("matches class words in uncoded allergy text", () => {
    const findings = findAllergyConflicts(current(amoxicillin), allergies([allergy({ id: "pen", substance: "Penicillin allergy" })]), kb);
    expect(findings).toHaveLength(1);
  });

  it("matches the same ingredient, and through a combination product", () => {
    const findings = findAllergyConflicts(current({ id: "coamox", name: "Co-amoxiclav 500mg/125mg tablets" }), allergies([allergy({ id: "a", substance: "Amoxicillin" })]), kb);
    expect(findings[0]?.explanation).toContain("contains amoxicillin");
  });

  it("treats an ingredient allergy as covering its class (cross-sensitivity)", () => {
    const findings = findAllergyConflicts(current({ id: "fluclox", name: "flucloxacillin 500mg capsules" }), allergies([allergy({ id: "a", substance: "Amoxicillin" })]), kb);
    expect(findings.map((f) => f.medicationIds)).toEqual([["fluclox"]]);
  });

  it("softens a low-criticality intolerance to moderate", () => {
    const findings = findAllergyConflicts(current({ id: "c", name: "codeine 30mg tablets" }), allergies([allergy({ id: "a", substance: "Codeine", type: "intolerance", criticality: "low" })]), kb);
    expect(findings.map((f) => f.severity)).toEqual(["moderate"]);
    expect(findings[0]?.title).toBe("codeine 30mg tablets with recorded intolerance: Codeine");
  });

  it("ignores resolved, food and unrelated allergies", () => {
    const list = allergies([
      allergy({ id: "r", substance: "Penicillin", classes: ["penicillin"], status: "resolved" }),
      allergy({ id: "f", substance: "Peanut", category: "food" }),
      allergy({ id: "n", substance: "Aspirin" }),
    ]);
    expect(findAllergyConflicts(current(amoxicillin), list, kb)).toEqual([]);
    expect(findAllergyConflicts([], list, kb)).toEqual([]);
  });
});
