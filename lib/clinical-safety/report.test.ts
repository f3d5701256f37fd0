import { describe, expect, it } from "vitest";
import type { EvidenceTag, Hazard, HazardLog } from "./evidence";
import { buildSafetyReport, evidenceStatus, readPlaywrightJson, readVitestJson } from "./report";

const T = (id: string) => `[HZ-EVID:${id}]`;
const hazard = (over: Partial<Hazard>): Hazard => ({
  id: "HZ-001",
  title: "A DNACPR decision is not seen",
  source: "test",
  cause: "c",
  effect: "e",
  harm: "h",
  initial: { severity: 4, likelihood: 4, risk: 4 },
  residual: { severity: 4, likelihood: 1, risk: 2 },
  controls: [{ id: "C1", description: "banner on every page", evidence: ["banner"] }],
  status: "controlled",
  review: "2027-06-01",
  ...over,
});
const log: HazardLog = {
  version: "1",
  reviewed: "2026-12-03",
  hazards: [
    hazard({}),
    hazard({
      id: "HZ-002",
      title: "Wrong CPR status",
      controls: [{ id: "C1", description: "latest wins", evidence: ["latest", "journey"] }],
    }),
    hazard({
      id: "HZ-003",
      title: "STU3 misread",
      status: "open",
      controls: [],
      gap: "not built",
      residual: { severity: 4, likelihood: 3, risk: 4 },
    }),
  ],
};
const tags: EvidenceTag[] = [
  { id: "banner", file: "a.test.ts", line: 3, skipped: false },
  { id: "latest", file: "b.test.ts", line: 7, skipped: false },
  { id: "journey", file: "e2e/c.spec.ts", line: 9, skipped: false },
];
const vitest = readVitestJson("vitest.json", {
  startTime: Date.UTC(2026, 11, 3, 15, 0),
  testResults: [
    {
      assertionResults: [
        { title: `banner shows ${T("banner")}`, status: "passed" },
        { title: `latest case 1 ${T("latest")}`, status: "passed" },
        { title: `latest case 2 ${T("latest")}`, status: "failed" },
        { title: "untagged", status: "passed" },
      ],
    },
  ],
});
const playwright = readPlaywrightJson("playwright.json", {
  stats: { startTime: "2026-12-03T15:05:00.000Z" },
  suites: [{ title: "c.spec.ts", specs: [], suites: [{ specs: [{ title: `journey ${T("journey")}`, tests: [{ status: "skipped" }] }] }] }],
});

describe("safety case report", () => {
  it("reads Vitest's and Playwright's JSON results", () => {
    expect(vitest.tests).toHaveLength(4);
    expect(vitest.startedAt).toBe("2026-12-03T15:00:00.000Z");
    expect(playwright.tests).toEqual([{ title: `journey ${T("journey")}`, outcome: "skipped" }]);
  });

  it("an evidence id passes only when every test carrying it passed; one failure fails it; no result is 'not run'", () => {
    expect(evidenceStatus("banner", tags, [vitest, playwright])).toMatchObject({ state: "passed", passed: 1 });
    expect(evidenceStatus("latest", tags, [vitest, playwright])).toMatchObject({ state: "failed", passed: 1, failed: 1 });
    expect(evidenceStatus("journey", tags, [vitest, playwright])).toMatchObject({ state: "skipped", skipped: 1 });
    expect(evidenceStatus("journey", tags, [vitest])).toMatchObject({ state: "not run", files: ["e2e/c.spec.ts:9"] });
  });

  it("lists each hazard with its controls and each evidence test's outcome, open hazards first, and never claims more than the run showed", () => {
    const report = buildSafetyReport(log, tags, [vitest], ["playwright.json"], new Date("2026-12-03T15:10:00Z"));
    expect(report).toContain("**not found: `playwright.json`**");
    expect(report.indexOf("### HZ-003")).toBeLessThan(report.indexOf("### HZ-001"));
    expect(report).toContain("- **Gap:** not built");
    expect(report).toContain("PASSED `banner` (1 passed; a.test.ts:3)");
    expect(report).toContain("FAILED `latest` (1 passed, 1 failed; b.test.ts:7)");
    expect(report).toContain("NOT RUN `journey` (no result in the runs read; e2e/c.spec.ts:9)");
    expect(report).toContain("| HZ-002 | Wrong CPR status | controlled | S4 × L4 = 4 | S4 × L1 = 2 | FAILED, NOT RUN |");
    expect(report).toContain("Residual risk 4 or more (unacceptable for release without the CSO's record): HZ-003");
    expect(report).toContain("**Not every control is proved by this run: this report does not support a release.**");
  });

  it("says every control's evidence passed only when it did and nothing is open", () => {
    const passing = readVitestJson("v.json", {
      testResults: [{ assertionResults: [{ title: `x ${T("banner")}`, status: "passed" }] }],
    });
    const report = buildSafetyReport({ ...log, hazards: [hazard({})] }, tags, [passing], [], new Date("2026-12-03T15:10:00Z"));
    expect(report).toContain("Every control's evidence passed in this run.");
    expect(report).toContain("run started (time not recorded)");
    const withOpen = buildSafetyReport(log, tags, [passing], [], new Date("2026-12-03T15:10:00Z"));
    expect(withOpen).toContain("**Not every control is proved by this run");
    const openOnly = buildSafetyReport(
      { ...log, hazards: [hazard({}), log.hazards[2] as Hazard] },
      tags,
      [passing],
      [],
      new Date("2026-12-03T15:10:00Z"),
    );
    expect(openOnly).toContain(
      "Every control's evidence passed in this run, but 1 hazard(s) are open: **this report does not support a release.**",
    );
  });
});
