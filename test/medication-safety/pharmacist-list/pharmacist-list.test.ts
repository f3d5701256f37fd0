// A pharmacist's list, compiled from public sources rather than from the rule base (pharmacist-list.json),
// tried as a new user would: every dangerous combination and brand is identified and alerted with a
// reference a reader can check; nothing intended is flagged as severe; what was not checked is listed.
import { describe, expect, it } from "vitest";
import { checkMedicationSafetySafely } from "@/lib/domain/medication-safety/check-medication-safety";
import { resolveDrug } from "@/lib/domain/medication-safety/drug-identity";
import { defaultKnowledgeBase } from "@/lib/domain/medication-safety/knowledge-base";
import type { SafetyFinding, Severity } from "@/lib/domain/medication-safety/types";
import { brief, buildCase, type CaseInput } from "../case-builder";
import list from "./pharmacist-list.json";

interface Source {
  body: string;
  title: string;
  date: string;
  url: string | null;
}
interface Brand {
  brand: string;
  asWritten: string;
  ingredients: string[];
  source: { url: string; says: string };
}
interface ListCase extends CaseInput {
  id: string;
  about: string;
  sources?: string[];
  expect: { atLeast?: Severity; maxSeverity?: Severity | "none"; notChecked?: string[] };
}

const sources = list.sources as Record<string, Source>;
const brands = list.brands as Brand[];
const dangerous = list.dangerous as ListCase[];
const intended = list.intended as ListCase[];
const unidentifiable = list.unidentifiable as ListCase[];
const NOW = new Date(list.now);
const RANK: Record<Severity, number> = { mild: 1, moderate: 2, severe: 3 };

function run(c: ListCase, now = NOW) {
  const { section, allergySection } = buildCase(c);
  return checkMedicationSafetySafely(section, allergySection, { now });
}

/** A reference a reader can check: issuing body, title, date and a web address. */
const checkable = (f: SafetyFinding) =>
  f.references.some((r) => r.body !== "" && r.title !== "" && r.date !== "" && /^https?:\/\//.test(r.url ?? ""));

describe("the pharmacist's list: where it came from", () => {
  it("cites a public source for every case and every brand, and covers what the issue names", () => {
    for (const c of [...dangerous, ...intended]) for (const id of c.sources ?? []) expect(sources[id], `${c.id} cites ${id}`).toBeDefined();
    for (const c of dangerous) expect(c.sources?.length, c.id).toBeGreaterThan(0);
    for (const s of Object.values(sources)) expect(s.body && s.title && s.date).toBeTruthy();
    for (const b of brands) expect(b.source.url).toMatch(/^https?:\/\//);
    expect(dangerous.length).toBeGreaterThanOrEqual(60);
    expect(intended.length).toBeGreaterThanOrEqual(15);
    expect(brands.length).toBeGreaterThanOrEqual(45);
  });
});

describe("the pharmacist's list: brand names [HZ-EVID:med-pharmacist-list]", () => {
  const kb = defaultKnowledgeBase();
  it.each(brands.map((b) => [b.brand, b] as const))("%s is identified with its ingredients", (_name, b) => {
    const drug = resolveDrug(kb, { ingredients: [], classes: [] }, b.asWritten);
    expect(drug.identified).toBe(true);
    expect([...drug.ingredients].sort()).toEqual([...b.ingredients].sort());
  });
});

describe("the pharmacist's list: dangerous combinations are alerted with their reference [HZ-EVID:med-pharmacist-list]", () => {
  it.each(dangerous.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const report = run(c);
    expect(report.status).toBe("checked");
    expect(report.notChecked, "every medicine identified").toEqual([]);
    const all = c.medications.map((_m, i) => `m${i}`);
    const covering = report.findings.filter(
      (f) => all.every((id) => f.medicationIds.includes(id)) && (c.allergies === undefined || f.allergyIds.length > 0),
    );
    expect(covering.length, `a finding naming every item, among ${JSON.stringify(report.findings.map(brief))}`).toBeGreaterThan(0);
    const best = [...covering].sort((a, b) => RANK[b.severity] - RANK[a.severity])[0]!;
    expect(RANK[best.severity], `${best.title} is ${best.severity}`).toBeGreaterThanOrEqual(RANK[c.expect.atLeast ?? "mild"]);
    for (const m of c.medications) expect(best.explanation, "names each medicine as written").toContain(m.name);
    expect(checkable(best), `${best.title} carries a reference with body, title, date and URL: ${JSON.stringify(best.references)}`).toBe(
      true,
    );
    expect(best.action.length).toBeGreaterThan(10);
  });
});

describe("the pharmacist's list: intended combinations are never severe [HZ-EVID:med-pharmacist-list]", () => {
  it.each(intended.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const report = run(c);
    expect(report.status).toBe("checked");
    expect(report.notChecked).toEqual([]);
    const max = c.expect.maxSeverity ?? "mild";
    const over = report.findings.filter((f) => max === "none" || RANK[f.severity] > RANK[max]);
    expect(over.map(brief)).toEqual([]);
  });
});

describe("the pharmacist's list: what could not be checked is listed, never counted as checked [HZ-EVID:med-pharmacist-list]", () => {
  it.each(unidentifiable.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const report = run(c);
    const listed = c.expect.notChecked ?? [];
    expect(report.notChecked.map((n) => [n.name, n.reason])).toEqual(listed.map((name) => [name, "not-identified"]));
    expect(report.currentMedicationCount).toBe(c.medications.length - listed.length);
  });

  it("every result says which rule base checked it, and on 03-Dec-2026 its review date has not passed", () => {
    const report = run(dangerous[0]!, new Date("2026-12-03T12:00:00Z"));
    expect(report.ruleBase).toMatchObject({ reviewOverdue: false });
    expect(report.ruleBase?.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(report.ruleBase?.ruleCount).toBeGreaterThanOrEqual(80);
  });
});
