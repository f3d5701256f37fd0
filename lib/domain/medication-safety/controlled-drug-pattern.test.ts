import { describe, expect, it } from "vitest";
import { findControlledDrugPatterns } from "./controlled-drug-pattern";
import { defaultKnowledgeBase as kb } from "./knowledge-base";
import { issue, med, medications, NOW, OOH, OTHER } from "@/test/builders/medication-safety";

const cd = { schedule: "2" as const };
const plan = (id: string, prescriptionType: "acute" | "repeat", source = OOH) =>
  med({ id, name: "morphine sulfate 10mg/5ml oral solution", ingredients: ["morphine"], controlledDrug: cd, prescriptionType, source });
const morphineIssue = (id: string, planId: string, issued: string, source = OOH) =>
  issue({ id, planId, issued, source, medicationName: "morphine sulfate 10mg/5ml oral solution", ingredients: ["morphine"], controlledDrug: cd, quantity: "100 ml" });

describe("controlled drug issue patterns", () => {
  it("flags three acute issues within 28 days, listing dates and sources", () => {
    const section = medications(
      [plan("p1", "acute"), plan("p2", "acute"), plan("p3", "acute")],
      [morphineIssue("i1", "p1", "2026-10-01"), morphineIssue("i2", "p2", "2026-10-10"), morphineIssue("i3", "p3", "2026-10-20")],
    );
    const [finding, ...rest] = findControlledDrugPatterns(section, kb, { now: NOW });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: "controlled-drug-pattern", severity: "moderate", issueIds: ["i1", "i2", "i3"], medicationIds: ["p1", "p2", "p3"] });
    expect(finding?.title).toBe("Morphine issued 3 times in 28 days");
    expect(finding?.explanation).toContain("Morphine (a schedule 2 controlled drug) was issued 3 times between 01-Oct-2026 and 20-Oct-2026");
    expect(finding?.explanation).toContain("20-Oct-2026 morphine sulfate 10mg/5ml oral solution, 100 ml, from Harbour Out of Hours (out of hours)");
  });

  it("does not flag three acute issues spread beyond the window", () => {
    const section = medications([plan("p1", "acute")], [morphineIssue("i1", "p1", "2026-09-01"), morphineIssue("i2", "p1", "2026-09-25"), morphineIssue("i3", "p1", "2026-10-20")]);
    expect(findControlledDrugPatterns(section, kb, { now: NOW })).toEqual([]);
  });

  it("flags issues from two organisations in the window, and rates both signals together severe", () => {
    const twoOrgs = medications([plan("own", "repeat", OTHER), plan("ooh", "acute")], [morphineIssue("i1", "own", "2026-11-01", OTHER), morphineIssue("i2", "ooh", "2026-11-10")]);
    expect(findControlledDrugPatterns(twoOrgs, kb, { now: NOW }).map((f) => [f.title, f.severity])).toEqual([["Morphine issued 2 times in 28 days by 2 organisations", "moderate"]]);
    const both = medications([plan("a", "acute", OTHER), plan("b", "acute")], [morphineIssue("i1", "a", "2026-11-01", OTHER), morphineIssue("i2", "b", "2026-11-05"), morphineIssue("i3", "b", "2026-11-09")]);
    expect(findControlledDrugPatterns(both, kb, { now: NOW })[0]?.severity).toBe("severe");
  });

  it("expects frequent repeat issues from one practice (instalment dispensing)", () => {
    const section = medications([plan("r", "repeat", OTHER)], ["2026-11-01", "2026-11-08", "2026-11-15", "2026-11-22"].map((d, i) => morphineIssue(`i${i}`, "r", d, OTHER)));
    expect(findControlledDrugPatterns(section, kb, { now: NOW })).toEqual([]);
  });

  it("ignores non-controlled drugs, undated issues and issues older than the look-back", () => {
    const para = ["2026-11-01", "2026-11-02", "2026-11-03"].map((d, i) => issue({ id: `p${i}`, issued: d, medicationName: "paracetamol 500mg tablets", source: i === 0 ? OTHER : OOH }));
    const old = ["2024-01-01", "2024-01-02", "2024-01-03"].map((d, i) => morphineIssue(`o${i}`, "missing-plan", d));
    const undated = [morphineIssue("u1", "x", "not-a-date"), morphineIssue("u2", "x", "not-a-date"), morphineIssue("u3", "x", "not-a-date")];
    expect(findControlledDrugPatterns(medications([], [...para, ...old, ...undated]), kb, { now: NOW })).toEqual([]);
  });

  it("knows a controlled drug from the knowledge base when the source did not flag it", () => {
    const issues = ["2026-11-01", "2026-11-03", "2026-11-05"].map((d, i) => issue({ id: `t${i}`, issued: d, medicationName: "Tramadol 50mg capsules" }));
    expect(findControlledDrugPatterns(medications([], issues), kb, { now: NOW }).map((f) => f.title)).toEqual(["Tramadol issued 3 times in 28 days"]);
  });
});
