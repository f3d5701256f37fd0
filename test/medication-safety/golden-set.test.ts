// The clinical golden set: each case is data (golden-set.json) — medications and allergies in, expected
// findings out, including must-not-alert cases. A pharmacist reviews the JSON, not this runner.
import { describe, expect, it } from "vitest";
import { checkMedicationSafetySafely } from "@/lib/domain/medication-safety/check-medication-safety";
import { buildCase, type CaseInput } from "./case-builder";
import type { SafetyFinding } from "@/lib/domain/medication-safety/types";
import golden from "./golden-set.json";

interface Expected {
  kind: SafetyFinding["kind"];
  rule?: string;
  severity?: SafetyFinding["severity"];
  titleIncludes?: string;
}
interface Case extends CaseInput {
  id: string;
  about?: string;
  expect: { findings: Expected[]; only?: boolean; notChecked?: { name: string; reason: string }[] };
}

const cases = golden.cases as Case[];
const NOW = new Date(golden.now);

const matches = (f: SafetyFinding, e: Expected) =>
  f.kind === e.kind &&
  (e.rule === undefined || f.ruleId === e.rule) &&
  (e.severity === undefined || f.severity === e.severity) &&
  (e.titleIncludes === undefined || f.title.includes(e.titleIncludes));

describe("clinical golden set", () => {
  it("has at least 150 cases, each with a unique id, including must-not-alert cases [HZ-EVID:med-golden-set]", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(cases.filter((c) => c.expect.findings.length === 0).length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s [HZ-EVID:med-golden-set]", (_id, c) => {
    const { section, allergySection } = buildCase(c);
    const report = checkMedicationSafetySafely(section, allergySection, { now: NOW });
    expect(report.status).toBe("checked");
    const unmatched = [...report.findings];
    for (const e of c.expect.findings) {
      const at = unmatched.findIndex((f) => matches(f, e));
      expect(
        at,
        `expected ${JSON.stringify(e)} among ${JSON.stringify(report.findings.map((f) => [f.kind, f.ruleId, f.severity, f.title]))}`,
      ).toBeGreaterThanOrEqual(0);
      unmatched.splice(at, 1);
    }
    if (c.expect.only) expect(unmatched.map((f) => [f.kind, f.ruleId, f.severity, f.title])).toEqual([]);
    if (c.expect.notChecked) expect(report.notChecked.map((n) => ({ name: n.name, reason: n.reason }))).toEqual(c.expect.notChecked);
  });
});
