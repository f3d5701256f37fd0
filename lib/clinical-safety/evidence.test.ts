import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkEvidence, findEvidenceTags, findTagsInSource, readHazardLog, type Hazard, type HazardLog } from "./evidence";

const ROOT = path.resolve(__dirname, "../..");

const hazard = (over: Partial<Hazard> = {}): Hazard => ({
  id: "HZ-900",
  title: "test hazard",
  source: "test",
  cause: "c",
  effect: "e",
  harm: "h",
  initial: { severity: 3, likelihood: 3, risk: 3 },
  residual: { severity: 3, likelihood: 1, risk: 1 },
  controls: [{ id: "C1", description: "d", evidence: ["some-test"] }],
  status: "controlled",
  review: "2027-06-01",
  ...over,
});
const log = (...hazards: Hazard[]): HazardLog => ({ version: "t", reviewed: "2026-12-03", hazards });

describe("the hazard log and its evidence", () => {
  it("holds in this repository: every control of every controlled hazard is proved by a test that exists and runs", () => {
    const hazards = readHazardLog(ROOT);
    const tags = findEvidenceTags(ROOT);
    expect(hazards.hazards.length).toBeGreaterThanOrEqual(13);
    expect(tags.length).toBeGreaterThan(0);
    expect(checkEvidence(hazards, tags)).toEqual([]);
  });

  it("fails when a hazard names evidence no test carries", () => {
    const tags = findTagsInSource("a.test.ts", `it("proves [HZ-EVID:other-test]", () => {});`);
    expect(checkEvidence(log(hazard()), tags)).toContain('HZ-900: evidence "some-test" is carried by no test');
  });

  it("fails when a controlled hazard or one of its controls has no evidence, or an open one does not say what is missing", () => {
    expect(checkEvidence(log(hazard({ controls: [{ id: "C1", description: "d", evidence: [] }] })), [])).toEqual([
      "HZ-900 C1: the control has no evidence",
      "HZ-900: has no evidence",
    ]);
    expect(checkEvidence(log(hazard({ controls: [] })), [])).toContain("HZ-900: has no controls");
    expect(checkEvidence(log(hazard({ status: "open", controls: [] })), [])).toEqual([
      "HZ-900: an open hazard must say what is missing (gap)",
    ]);
    expect(checkEvidence(log(hazard({ status: "open", controls: [], gap: "not built" })), [])).toEqual([]);
  });

  it("fails when a risk is not the one the plan's matrix gives", () => {
    expect(
      checkEvidence(log(hazard({ residual: { severity: 5, likelihood: 1, risk: 2 } })), [
        { id: "some-test", file: "a.test.ts", line: 1, skipped: false },
      ]),
    ).toEqual(["HZ-900: residual risk 2 is not the matrix's for severity 5 and likelihood 1"]);
  });

  it.each([
    ["it.skip", `it.skip("proves [HZ-EVID:some-test]", () => {});`],
    ["it.todo", `it.todo("proves [HZ-EVID:some-test]");`],
    ["xit", `xit("proves [HZ-EVID:some-test]", () => {});`],
    ["test.fixme", `test.fixme("proves [HZ-EVID:some-test]", async () => {});`],
    ["test.skip with the title on the next line", `test.skip(\n  "proves [HZ-EVID:some-test]",\n  async () => {},\n);`],
    ["a skipped block", `describe.skip("block", () => {\n  it("proves [HZ-EVID:some-test]", () => {});\n});`],
    ["a fixme block", `test.describe.fixme("block", () => {\n  test("proves [HZ-EVID:some-test]", async () => {});\n});`],
    ["a tag outside a test title", `// [HZ-EVID:some-test]\nconst x = 1;`],
  ])("fails when the evidence test is switched off: %s", (_name, source) => {
    const tags = findTagsInSource("a.test.ts", source);
    expect(tags).toHaveLength(1);
    expect(tags[0]?.skipped).toBe(true);
    expect(checkEvidence(log(hazard()), tags).join("\n")).toMatch(/a\.test\.ts:\d+: evidence "some-test" cannot prove anything/);
  });

  it("accepts a running test, with .each and more than one tag, and flags a tag no hazard names", () => {
    const tags = findTagsInSource(
      "a.test.ts",
      `it("proves [HZ-EVID:some-test]", () => {});\nit.each([1])("case %s [HZ-EVID:some-test] [HZ-EVID:stray]", () => {});`,
    );
    expect(tags.map((t) => [t.id, t.line, t.skipped])).toEqual([
      ["some-test", 1, false],
      ["some-test", 2, false],
      ["stray", 2, false],
    ]);
    expect(checkEvidence(log(hazard()), tags)).toEqual(['a.test.ts:2: evidence "stray" is named by no hazard']);
  });
});
