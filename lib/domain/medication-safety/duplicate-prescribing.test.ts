import { describe, expect, it } from "vitest";
import { selectCurrentMedication } from "./current-medication";
import { findDuplicateClasses, findDuplicateDrugs } from "./duplicate-prescribing";
import { defaultKnowledgeBase as kb } from "./knowledge-base";
import { dateView, med, medications, NOW, OOH, OTHER } from "@/test/builders/medication-safety";

const current = (...items: Parameters<typeof med>[0][]) => selectCurrentMedication(medications(items.map(med)), kb, { now: NOW });

describe("duplicate prescribing", () => {
  it("flags the same drug current from two sources, naming both and their dates", () => {
    const meds = current(
      { id: "a", name: "ibuprofen 400mg tablets", ingredients: ["ibuprofen"], lastIssued: dateView("2026-11-01") },
      { id: "b", name: "NUROFEN 200mg tablets", source: OOH, prescriptionType: "acute", lastIssued: dateView("2026-11-20") },
    );
    const [finding, ...rest] = findDuplicateDrugs(meds, kb);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: "duplicate-drug", severity: "moderate", title: "Ibuprofen prescribed more than once", medicationIds: ["a", "b"] });
    expect(finding?.explanation).toContain("ibuprofen 400mg tablets from Riverside Surgery (own GP practice), last issued 01-Nov-2026");
    expect(finding?.explanation).toContain("NUROFEN 200mg tablets from Harbour Out of Hours (out of hours), last issued 20-Nov-2026");
  });

  it("catches paracetamol hidden in a combination product", () => {
    const meds = current(
      { id: "a", name: "Paracetamol 500mg tablets" },
      { id: "b", name: "Co-codamol 30mg/500mg tablets", source: OTHER },
    );
    expect(findDuplicateDrugs(meds, kb).map((f) => f.title)).toEqual(["Paracetamol prescribed more than once"]);
  });

  it("counts two prescribers at one practice as two sources", () => {
    const meds = current(
      { id: "a", name: "sertraline 50mg tablets", ingredients: ["sertraline"], prescriber: "Dr A Jones" },
      { id: "b", name: "sertraline 100mg tablets", ingredients: ["sertraline"], prescriber: "Dr B Patel" },
    );
    expect(findDuplicateDrugs(meds, kb)).toHaveLength(1);
  });

  it("does not flag one prescriber's deliberate pair, or a single prescription", () => {
    expect(findDuplicateDrugs(current({ id: "a", name: "morphine MR", ingredients: ["morphine"] }, { id: "b", name: "morphine oral solution", ingredients: ["morphine"] }), kb)).toEqual([]);
    expect(findDuplicateDrugs(current({ id: "a", name: "morphine MR", ingredients: ["morphine"] }), kb)).toEqual([]);
    expect(findDuplicateDrugs([], kb)).toEqual([]);
  });

  it("rates a duplicated anticoagulant as severe", () => {
    const meds = current({ id: "a", name: "warfarin 1mg tablets", ingredients: ["warfarin"] }, { id: "b", name: "warfarin 3mg tablets", ingredients: ["warfarin"], source: OTHER });
    expect(findDuplicateDrugs(meds, kb)[0]?.severity).toBe("severe");
  });

  it("flags two different drugs of one class from different sources, once", () => {
    const meds = current(
      { id: "a", name: "naproxen 500mg tablets", ingredients: ["naproxen"] },
      { id: "b", name: "diclofenac 50mg tablets", ingredients: ["diclofenac"], source: OOH, prescriptionType: "acute", lastIssued: dateView("2026-11-22") },
    );
    const findings = findDuplicateClasses(meds, kb);
    expect(findings.map((f) => [f.title, f.severity])).toEqual([["More than one of the NSAIDs: naproxen and diclofenac", "moderate"]]);
    expect(findings[0]?.explanation).toMatch(/^Naproxen and diclofenac are both NSAIDs, current from different sources/);
  });

  it("uses the MIG's class code even when the knowledge base does not know it", () => {
    const meds = current(
      { id: "a", name: "drug one", ingredients: ["alpha"], classes: ["new-class"] },
      { id: "b", name: "drug two", ingredients: ["beta"], classes: ["new-class"], source: OTHER },
    );
    expect(findDuplicateClasses(meds, kb).map((f) => f.title)).toEqual(["More than one of the new class: alpha and beta"]);
  });

  it("leaves same-ingredient pairs and intended class pairs to other rules", () => {
    const same = current({ id: "a", name: "ibuprofen", ingredients: ["ibuprofen"] }, { id: "b", name: "ibuprofen gel", ingredients: ["ibuprofen"], source: OOH, prescriptionType: "repeat" });
    expect(findDuplicateClasses(same, kb)).toEqual([]);
    const antiplatelets = current({ id: "a", name: "aspirin", ingredients: ["aspirin"] }, { id: "b", name: "clopidogrel", ingredients: ["clopidogrel"], source: HOSPITAL_SOURCE });
    expect(findDuplicateClasses(antiplatelets, kb)).toEqual([]);
  });
});

const HOSPITAL_SOURCE = { name: "County General Hospital", odsCode: "RXX01", kind: "hospital" as const };
