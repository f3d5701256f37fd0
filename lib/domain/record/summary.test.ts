import { describe, expect, it } from "vitest";
import { buildCompleteness } from "./completeness";
import { buildSummary, type SummaryInput } from "./summary";
import type { EncounterItem, RiskItem } from "./clinical/types";
import { dateView, OWN } from "@/test/builders/medication-safety";

const none: SummaryInput = { medications: null, allergies: null, problems: null, encounters: null, risksAndWarnings: null, endOfLife: null };
const encounter = (id: string, date: string): EncounterItem => ({ id, source: OWN, recorded: dateView(date), type: "Surgery consultation", date: dateView(date), clinician: null, reason: "Review" });
const risk = (id: string, active: boolean): RiskItem => ({ id, source: OWN, recorded: dateView("2024-01-01"), text: id, category: "Safety", since: dateView("2024-01-01"), active });

describe("buildSummary", () => {
  it("is empty, not incomplete, when no section was included", () => {
    expect(buildSummary(none)).toMatchObject({ incomplete: [], activeProblems: [], warnings: [], endOfLife: null, noKnownAllergies: false });
  });

  it("keeps the three most recent encounters and only active warnings", () => {
    const s = buildSummary({
      ...none,
      encounters: { completeness: buildCompleteness({ shown: 4 }), items: ["2026-10-04", "2026-10-03", "2026-10-02", "2026-10-01"].map((d, i) => encounter(`e${i}`, d)) },
      risksAndWarnings: { completeness: buildCompleteness({ shown: 2 }), items: [risk("live", true), risk("ended", false)] },
    });
    expect(s.recentEncounters.map((e) => e.id)).toEqual(["e0", "e1", "e2"]);
    expect(s.warnings.map((w) => w.id)).toEqual(["live"]);
  });

  it("carries every reason a source section was incomplete", () => {
    const s = buildSummary({
      ...none,
      encounters: { completeness: buildCompleteness({ shown: 0, withheld: true }), items: [] },
      risksAndWarnings: { completeness: buildCompleteness({ shown: 0, sourceUnavailable: true }), items: [] },
    });
    expect(s.incomplete.sort()).toEqual(["items-withheld", "source-unavailable"]);
  });

  it("says how complete each source section was, and which were not included", () => {
    const withheld = buildCompleteness({ shown: 0, withheld: true });
    const s = buildSummary({ ...none, encounters: { completeness: withheld, items: [] } });
    expect(s.sources).toEqual({ problems: null, medications: null, allergies: null, risksAndWarnings: null, encounters: withheld });
  });
});
