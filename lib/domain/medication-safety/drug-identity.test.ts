import { describe, expect, it } from "vitest";
import { classesInText, ingredientsInText, resolveDrug } from "./drug-identity";
import { defaultKnowledgeBase as kb } from "./knowledge-base";

describe("drug identity", () => {
  it("trusts the MIG's ingredient and class codes and adds known classes", () => {
    const drug = resolveDrug(kb, { ingredients: ["Ibuprofen"], classes: ["nsaid", "mig-only-class"] }, "anything");
    expect([...drug.ingredients]).toEqual(["ibuprofen"]);
    expect([...drug.classes].sort()).toEqual(["mig-only-class", "nsaid"]);
  });

  it("reads ingredients from the name when the source sent none", () => {
    expect([...resolveDrug(kb, { ingredients: [], classes: [] }, "Co-codamol 30mg/500mg tablets").ingredients].sort()).toEqual(["codeine", "paracetamol"]);
    expect([...resolveDrug(kb, { ingredients: [], classes: [] }, "NUROFEN 200mg tablets").classes]).toEqual(["nsaid"]);
    expect(ingredientsInText(kb, "Glyceryl trinitrate 400micrograms/dose spray")).toEqual(["glyceryl trinitrate"]);
  });

  it("matches whole words only", () => {
    expect(ingredientsInText(kb, "Amoxicillinate 5mg")).toEqual([]);
    expect(ingredientsInText(kb, "Unknown cream")).toEqual([]);
  });

  it("finds class words in allergy text", () => {
    expect(classesInText(kb, "Penicillin allergy")).toEqual(["penicillin"]);
    expect(classesInText(kb, "Allergy to non-steroidal anti-inflammatory agent")).toEqual(["nsaid"]);
    expect(classesInText(kb, "Peanut allergy")).toEqual([]);
  });
});
