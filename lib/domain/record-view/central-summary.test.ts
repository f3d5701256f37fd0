import type { Bundle } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { buildStructuredRecord } from "../../../mock-mig";
import { CENTRAL_SUMMARY_LABEL, mapCentralSummary, summaryAge } from "./central-summary";

const NOW = new Date("2026-11-01T12:00:00Z");
const OFFLINE = "9674549269";

function centralBundle(tagged = true): Bundle {
  const bundle = buildStructuredRecord(OFFLINE, { allergies: { includeResolved: false }, medication: { includeIssues: false } });
  return {
    ...bundle,
    meta: {
      lastUpdated: "2026-10-20T09:00:00+00:00",
      ...(tagged ? { tag: [{ system: "https://mock-mig.example/fhir/CodeSystem/record-source", code: "central-summary" }] } : {}),
    },
  };
}

describe("central summary view", () => {
  it("[HZ-EVID:central-summary-labelled] carries its label, last-updated date and age with the data", () => {
    const result = mapCentralSummary(centralBundle(), NOW, true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary).toMatchObject({
      label: CENTRAL_SUMMARY_LABEL,
      lastUpdated: "20-Oct-2026",
      age: "12 days old",
      medicationIncluded: true,
    });
    expect(CENTRAL_SUMMARY_LABEL).toMatch(/not the live GP record/);
  });

  it("refuses a Bundle not tagged as a central summary, so a live record is never relabelled nor the reverse", () => {
    expect(mapCentralSummary(centralBundle(false), NOW, true)).toEqual({ ok: false, problem: "not a central summary" });
  });

  it("leaves medication out for a role without it, saying so rather than showing none", () => {
    const result = mapCentralSummary(centralBundle(), NOW, false);
    expect(result.ok && result.summary).toMatchObject({ medicationIncluded: false, currentRepeat: [], recentAcute: [] });
  });

  it("says the age in days, and when it is not known", () => {
    expect(summaryAge("2026-11-01T08:00:00Z", NOW)).toBe("updated today");
    expect(summaryAge("2026-10-31T08:00:00Z", NOW)).toBe("1 day old");
    expect(summaryAge(null, NOW)).toBe("age not known");
    expect(summaryAge("not a date", NOW)).toBe("age not known");
  });
});
