// The clinical golden set: each case is data (golden-set.json) — medications and allergies in, expected
// findings out, including must-not-alert cases. A pharmacist reviews the JSON, not this runner.
import { describe, expect, it } from "vitest";
import { checkMedicationSafetySafely } from "@/lib/domain/medication-safety/check-medication-safety";
import { HOSPITAL, OOH, OTHER, OWN, allergies, allergy, dateView, issue, med, medications } from "@/test/builders/medication-safety";
import type { SafetyFinding } from "@/lib/domain/medication-safety/types";
import type { AllergyItem } from "@/lib/domain/record/allergies/types";
import golden from "./golden-set.json";

type Source = "own" | "ooh" | "other" | "hospital";
interface CaseMed {
  name: string;
  dmdCode?: string;
  ingredients?: string[];
  type?: "acute" | "repeat";
  status?: "active" | "completed" | "stopped" | "unknown";
  dosage?: string;
  quantity?: string;
  lastIssued?: string;
  source?: Source;
  prescriber?: string;
  anticipatory?: boolean;
}
interface CaseIssue {
  name: string;
  issued: string;
  quantity: string;
  dosage: string;
  source?: Source;
}
interface CaseAllergy {
  substance: string;
  verification?: AllergyItem["verification"];
  status?: "active" | "resolved";
  type?: AllergyItem["type"];
  criticality?: AllergyItem["criticality"];
}
interface Expected {
  kind: SafetyFinding["kind"];
  rule?: string;
  severity?: SafetyFinding["severity"];
  titleIncludes?: string;
}
interface Case {
  id: string;
  about?: string;
  medications: CaseMed[];
  issues?: CaseIssue[];
  allergies?: CaseAllergy[];
  expect: { findings: Expected[]; only?: boolean; notChecked?: { name: string; reason: string }[] };
}

const SOURCES = { own: OWN, ooh: OOH, other: OTHER, hospital: HOSPITAL } as const;
const cases = golden.cases as Case[];
const NOW = new Date(golden.now);

function build(c: Case) {
  const items = c.medications.map((m, i) =>
    med({
      id: `m${i}`,
      name: m.name,
      ingredients: m.ingredients ?? [],
      ...(m.dmdCode ? { drug: { dmdCode: m.dmdCode, dmdKind: "unknown" as const, ingredients: m.ingredients ?? [], classes: [] } } : {}),
      prescriptionType: m.type ?? "repeat",
      status: m.status ?? (m.type === "acute" ? "completed" : "active"),
      dosage: m.dosage ?? "One tablet once a day",
      quantity: m.quantity ?? "28 tablet",
      lastIssued: dateView(m.lastIssued ?? "2026-11-01"),
      started: dateView(m.lastIssued ?? "2026-01-01"),
      source: SOURCES[m.source ?? "own"],
      prescriber: m.prescriber ?? null,
      discontinued: m.status === "stopped" ? { date: dateView("2026-10-01"), reason: "No longer required" } : null,
      ...(m.anticipatory ? { anticipatory: true } : {}),
    }),
  );
  const issues = (c.issues ?? []).map((x, i) =>
    issue({
      id: `i${i}`,
      issued: x.issued,
      medicationName: x.name,
      quantity: x.quantity,
      dosage: x.dosage,
      source: SOURCES[x.source ?? "own"],
    }),
  );
  const active = (c.allergies ?? []).map((a, i) =>
    allergy({
      id: `a${i}`,
      substance: a.substance,
      ...(a.verification ? { verification: a.verification } : {}),
      status: a.status ?? "active",
      type: a.type ?? "allergy",
      criticality: a.criticality ?? "unknown",
    }),
  );
  return { section: medications(items, issues), allergySection: allergies(active) };
}

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
    const { section, allergySection } = build(c);
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
