import { afterEach, describe, expect, it } from "vitest";
import { checkMedicationSafetySafely, COULD_NOT_RUN_MESSAGE } from "./check-medication-safety";
import { decideCurrent } from "./current-medication";
import { daysSupply, maxDosesPerDay, maxUnitsPerDose } from "./days-supply";
import { resolveDrug } from "./drug-identity";
import { defaultKnowledgeBase, loadKnowledgeBase, RULE_BASE_FILES, type KnowledgeBase } from "./knowledge-base";
import { onSafetyFailure, resetSafetyStatus, safetyStatus } from "./safety-status";
import { allergies, allergy, dateView, med, medications, NOW } from "@/test/builders/medication-safety";
import { COULD_NOT_RUN } from "@/components/record/medication-safety-callout";

const kb = defaultKnowledgeBase();
const resolve = (name: string, ingredients: string[] = []) => resolveDrug(kb, { ingredients, classes: [] }, name);

describe("rule base", () => {
  it("has at least 80 interaction rules, each with severity, consequence, action, evidence and a checkable reference [HZ-EVID:med-rule-base-valid]", () => {
    expect(kb.interactions.length).toBeGreaterThanOrEqual(80);
    for (const r of [...kb.interactions, ...kb.crossReactivity]) {
      expect(r.references.length, r.id).toBeGreaterThan(0);
      for (const ref of r.references) expect(ref.body && ref.title && ref.date, r.id).toBeTruthy();
      // A reader can follow at least one of them: a web address, not only a citation.
      expect(
        r.references.some((ref) => /^https?:\/\//.test(ref.url ?? "")),
        `${r.id} has a reference with a URL`,
      ).toBe(true);
    }
  });

  it("refuses a rule citing a reference that does not exist [HZ-EVID:med-rule-base-valid]", () => {
    const bad = JSON.parse(JSON.stringify(RULE_BASE_FILES.interactions)) as { interactions: { references: string[] }[] };
    bad.interactions[0]!.references = ["no-such-reference"];
    expect(() => loadKnowledgeBase({ ...RULE_BASE_FILES, interactions: bad })).toThrow(/unknown reference/);
  });

  it("refuses a duplicate or just-in-case reference that does not exist [HZ-EVID:med-rule-base-valid]", () => {
    const dup = JSON.parse(JSON.stringify(RULE_BASE_FILES.exemptions)) as { references: { default: string[] } };
    dup.references.default = ["no-such-reference"];
    expect(() => loadKnowledgeBase({ ...RULE_BASE_FILES, exemptions: dup })).toThrow(/unknown reference/);
    const jic = JSON.parse(JSON.stringify(RULE_BASE_FILES.interactions)) as { anticipatory: { references: string[] } };
    jic.anticipatory.references = ["no-such-reference"];
    expect(() => loadKnowledgeBase({ ...RULE_BASE_FILES, interactions: jic })).toThrow(/unknown reference/);
  });

  it("says when its review date has passed [HZ-EVID:med-rule-base-overdue]", () => {
    const meds = medications([med({ id: "m1", name: "Paracetamol 500mg tablets" })]);
    expect(checkMedicationSafetySafely(meds, allergies([]), { now: NOW }).ruleBase?.reviewOverdue).toBe(false);
    expect(checkMedicationSafetySafely(meds, allergies([]), { now: new Date("2030-01-01") }).ruleBase?.reviewOverdue).toBe(true);
  });
});

describe("fail soft", () => {
  afterEach(() => resetSafetyStatus());
  const meds = medications([med({ id: "m1", name: "Warfarin 1mg tablets" }), med({ id: "m2", name: "Naproxen 500mg tablets" })]);

  it("a rule base that cannot load gives a could-not-run report, counted and sent to listeners, never an exception [HZ-EVID:med-fail-soft]", () => {
    const seen: string[] = [];
    const off = onSafetyFailure((f) => seen.push(f.check));
    const report = checkMedicationSafetySafely(meds, allergies([]), {
      now: NOW,
      knowledgeBase: () => {
        throw new Error("corrupt rule file");
      },
    });
    off();
    expect(report).toMatchObject({ status: "could-not-run", findings: [], ruleBase: null });
    expect(seen).toEqual(["rule-base"]);
    expect(safetyStatus().failures).toBe(1);
  });

  it("a rule that throws keeps the other checks' findings and reports could-not-run [HZ-EVID:med-fail-soft]", () => {
    const broken: KnowledgeBase = {
      ...kb,
      get crossReactivity(): never {
        throw new TypeError("boom");
      },
    } as KnowledgeBase;
    const report = checkMedicationSafetySafely(meds, allergies([allergy({ id: "a1", substance: "Penicillin" })]), {
      now: NOW,
      knowledgeBase: broken,
    });
    expect(report.status).toBe("could-not-run");
    expect(report.findings.map((f) => f.ruleId)).toContain("oac-nsaid");
    expect(safetyStatus().lastFailure).toMatchObject({ check: "allergy-conflicts", errorName: "TypeError" });
  });

  it("the panel's message is the agreed wording", () => {
    expect(COULD_NOT_RUN).toBe(COULD_NOT_RUN_MESSAGE);
  });
});

describe("drug identity", () => {
  it("resolves brands and combination products to ingredients [HZ-EVID:med-drug-identity]", () => {
    expect([...resolve("TYLEX 30mg/500mg capsules").ingredients].sort()).toEqual(["codeine", "paracetamol"]);
    expect([...resolve("KAPAKE 30mg/500mg tablets").ingredients].sort()).toEqual(["codeine", "paracetamol"]);
    expect([...resolve("SOLPADEINE MAX tablets").ingredients]).toContain("codeine");
    expect([...resolve("EPILIM 200mg gastro-resistant tablets").ingredients]).toEqual(["sodium valproate"]);
    expect([...resolve("TARGINACT 10mg/5mg modified-release tablets").ingredients].sort()).toEqual(["naloxone", "oxycodone"]);
  });

  it("splits a coded combination and trusts coded ingredients over the name", () => {
    expect([...resolve("Anything", ["codeine + paracetamol"]).ingredients].sort()).toEqual(["codeine", "paracetamol"]);
  });

  it("resolves generics that used to resolve to nothing [HZ-EVID:med-drug-identity]", () => {
    for (const name of [
      "Colchicine 500microgram tablets",
      "Nicorandil 10mg tablets",
      "Methylphenidate 10mg tablets",
      "Phenobarbital 30mg tablets",
    ])
      expect(resolve(name).identified, name).toBe(true);
  });

  it("marks an unknown product as not identified [HZ-EVID:med-drug-identity]", () => {
    expect(resolve("Mystery cream").identified).toBe(false);
  });

  it("gives a strength-aware controlled-drug schedule", () => {
    expect(kb.controlledSchedule("morphine", "Morphine sulfate 10mg/5ml oral solution")).toBe("5");
    expect(kb.controlledSchedule("morphine", "Morphine sulfate 10mg modified-release tablets")).toBe("2");
    expect(kb.controlledSchedule("morphine", "Morphine sulfate 20mg/ml oral solution")).toBe("2");
    expect(kb.controlledSchedule("paracetamol", "Paracetamol 500mg tablets")).toBeNull();
  });
});

describe("days' supply", () => {
  it("reads the highest dose the instruction allows [HZ-EVID:med-days-supply]", () => {
    expect(maxUnitsPerDose("One or two tablets up to four times a day")).toBe(2);
    expect(maxDosesPerDay("One or two tablets up to four times a day")).toBe(4);
    expect(daysSupply("100 tablet", "One or two tablets up to four times a day when required")).toBe(12.5);
    expect(daysSupply("56 tablet", "One tablet twice a day")).toBe(28);
    expect(daysSupply("100 ml", "2.5ml to 5ml every four hours when required")).toBeCloseTo(100 / 30);
    expect(daysSupply("4 tablet", "One tablet once a week")).toBe(28);
    expect(daysSupply("28 tablet", "As directed")).toBeNull();
  });
});

describe("current medication decisions", () => {
  const base = { id: "x", name: "Naproxen 500mg tablets" };
  it("a completed repeat issued five days ago is current; one issued months ago is not", () => {
    expect(decideCurrent(med({ ...base, status: "completed", lastIssued: dateView("2026-11-20") }), { now: NOW }).current).toBe(true);
    expect(decideCurrent(med({ ...base, status: "completed", lastIssued: dateView("2026-05-01") }), { now: NOW }).current).toBe(false);
  });
  it("an active repeat last issued years ago is dormant, with the date [HZ-EVID:med-dormant-repeat]", () => {
    expect(decideCurrent(med({ ...base, lastIssued: dateView("2022-03-01") }), { now: NOW })).toEqual({
      current: false,
      dormantSince: "01-Mar-2022",
    });
  });
  it("a just-in-case medicine is current months after issue", () => {
    expect(
      decideCurrent(
        med({ ...base, prescriptionType: "acute", status: "completed", lastIssued: dateView("2026-05-01"), anticipatory: true }),
        { now: NOW },
      ).current,
    ).toBe(true);
  });
  it("a stopped medicine is never current", () => {
    expect(decideCurrent(med({ ...base, status: "stopped", lastIssued: dateView("2026-11-24") }), { now: NOW }).current).toBe(false);
  });
});
