import { describe, expect, it } from "vitest";
import drugClasses from "./drug-classes.v1.json";
import interactions from "./interactions.v1.json";
import { defaultKnowledgeBase as kb, loadKnowledgeBase } from "./knowledge-base";

describe("knowledge base data files", () => {
  it("names its version and source so every report can cite them", () => {
    expect(kb.interactions.version).toBe("1.0.0");
    expect(kb.interactions.source).toMatch(/BNF.*not for clinical use/);
    expect(kb.drugClasses.source).toMatch(/not for clinical use/);
  });

  it("only refers to ingredients and classes that the class file defines", () => {
    const known = new Set([...kb.ingredientTerms, ...Object.keys(drugClasses.classes).map((c) => `class:${c}`)]);
    for (const entry of kb.interactions.entries) {
      for (const ref of entry.between) {
        const [kind, code] = ref.split(":");
        expect(kind === "class" ? known.has(ref) : known.has(code ?? ""), `${entry.id}: ${ref}`).toBe(true);
      }
    }
  });

  it("has unique interaction ids and the well-known urgent-care pairs", () => {
    const ids = kb.interactions.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["anticoagulant-nsaid", "opioid-benzodiazepine", "methotrexate-trimethoprim", "ssri-tramadol", "acei-potassium-sparing", "simvastatin-clarithromycin"]) {
      expect(ids).toContain(id);
    }
  });

  it("expands brands and combinations to ingredients and maps ingredients to classes", () => {
    expect(kb.expand("co-codamol")).toEqual(["codeine", "paracetamol"]);
    expect(kb.expand("nurofen")).toEqual(["ibuprofen"]);
    expect(kb.expand("warfarin")).toEqual(["warfarin"]);
    expect(kb.classesOf("naproxen")).toEqual(["nsaid"]);
    expect(kb.controlledSchedule("morphine")).toBe("2");
    expect(kb.controlledSchedule("paracetamol")).toBeNull();
  });

  it("treats an unknown MIG class as a moderate duplicate and respects classes marked not-duplicate", () => {
    expect(kb.duplicateSeverity("some-new-class")).toBe("moderate");
    expect(kb.duplicateSeverity("antiplatelet")).toBeNull();
    expect(kb.duplicateSeverity("anticoagulant-oral")).toBe("severe");
  });

  it("refuses a malformed file instead of silently checking nothing", () => {
    expect(() => loadKnowledgeBase(drugClasses, { ...interactions, interactions: [{ id: "x", between: ["warfarin"], severity: "bad" }] })).toThrow();
    expect(() => loadKnowledgeBase({ version: "1" }, interactions)).toThrow();
  });
});
