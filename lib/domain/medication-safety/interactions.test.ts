import { describe, expect, it } from "vitest";
import { selectCurrentMedication } from "./current-medication";
import { findInteractions } from "./interactions";
import { defaultKnowledgeBase as kb, loadKnowledgeBase } from "./knowledge-base";
import drugClasses from "./drug-classes.v1.json";
import { dateView, med, medications, NOW, OOH } from "@/test/builders/medication-safety";

const current = (...items: Parameters<typeof med>[0][]) => selectCurrentMedication(medications(items.map(med)), kb, { now: NOW });

describe("interactions", () => {
  it("finds warfarin with an NSAID, naming both drugs and sources", () => {
    const meds = current(
      { id: "w", name: "warfarin 3mg tablets", ingredients: ["warfarin"] },
      { id: "n", name: "naproxen 500mg tablets", ingredients: ["naproxen"], source: OOH, prescriptionType: "acute", lastIssued: dateView("2026-11-20") },
    );
    const findings = findInteractions(meds, kb);
    expect(findings.map((f) => [f.title, f.severity])).toEqual([["Warfarin with naproxen", "severe"]]);
    expect(findings[0]?.explanation).toContain("naproxen 500mg tablets (from Harbour Out of Hours (out of hours))");
    expect(findings[0]?.explanation).toContain("risk of bleeding");
    expect(findings[0]?.medicationIds).toEqual(["w", "n"]);
  });

  it("matches regardless of which way round the pair is listed", () => {
    const meds = current({ id: "d", name: "diazepam 5mg tablets", ingredients: ["diazepam"] }, { id: "o", name: "oxycodone 5mg capsules", ingredients: ["oxycodone"] });
    expect(findInteractions(meds, kb).map((f) => f.title)).toEqual(["Oxycodone with diazepam"]);
  });

  it.each([
    ["methotrexate 2.5mg tablets", "Co-trimoxazole 80mg/400mg tablets", "methotrexate-trimethoprim", "severe"],
    ["sertraline 50mg tablets", "tramadol 50mg capsules", "ssri-tramadol", "severe"],
    ["ramipril 5mg capsules", "spironolactone 25mg tablets", "acei-potassium-sparing", "severe"],
    ["simvastatin 40mg tablets", "clarithromycin 500mg tablets", "simvastatin-clarithromycin", "severe"],
    ["sildenafil 50mg tablets", "Glyceryl trinitrate 400micrograms/dose spray", "pde5-nitrate", "severe"],
    ["clopidogrel 75mg tablets", "omeprazole 20mg capsules", "clopidogrel-ppi", "moderate"],
  ])("%s with %s → %s", (a, b, id, severity) => {
    const findings = findInteractions(current({ id: "a", name: a }, { id: "b", name: b }), kb);
    expect(findings.map((f) => [f.id.split(":")[1], f.severity])).toContainEqual([id, severity]);
  });

  it("reports each pair once per entry and nothing for safe or single medicines", () => {
    expect(findInteractions(current({ id: "a", name: "paracetamol 500mg tablets" }, { id: "b", name: "amlodipine 5mg tablets" }), kb)).toEqual([]);
    expect(findInteractions(current({ id: "a", name: "warfarin 1mg tablets" }), kb)).toEqual([]);
    expect(findInteractions([], kb)).toEqual([]);
  });

  it("reads interactions from the data file, not code", () => {
    const custom = loadKnowledgeBase(drugClasses, {
      version: "test",
      source: "test",
      interactions: [{ id: "p-a", between: ["ingredient:paracetamol", "ingredient:amlodipine"], severity: "mild", consequence: "Test only." }],
    });
    const meds = selectCurrentMedication(medications([med({ id: "a", name: "paracetamol" }), med({ id: "b", name: "amlodipine" })]), custom, { now: NOW });
    expect(findInteractions(meds, custom).map((f) => f.severity)).toEqual(["mild"]);
  });
});

describe("interactions across several courses", () => {
  it("makes one finding for the same two drugs however many courses there are", () => {
    const meds = current(
      { id: "c1", name: "codeine 30mg tablets", prescriptionType: "acute", lastIssued: dateView("2026-11-20") },
      { id: "c2", name: "codeine 30mg tablets", prescriptionType: "acute", source: OOH, lastIssued: dateView("2026-11-22") },
      { id: "d1", name: "diazepam 2mg tablets" },
    );
    const findings = findInteractions(meds, kb);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.medicationIds.sort()).toEqual(["c1", "c2", "d1"]);
    expect(findings[0]?.explanation).toMatch(/^codeine 30mg tablets \(from Riverside Surgery \(own GP practice\)\) and codeine 30mg tablets \(from Harbour Out of Hours/);
  });
});
