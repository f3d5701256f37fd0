import { describe, expect, it } from "vitest";
import { buildCompleteness } from "./completeness";
import { buildSummary, type SummaryInput } from "./summary";
import type { EncounterItem, RiskItem } from "./clinical/types";
import { dateView, OWN } from "@/test/builders/medication-safety";
import { emptyEndOfLife, endOfLifeSection } from "@/test/builders/view-models/end-of-life";
import { DECISION_UNCLEAR, EOL_INCOMPLETE, EOL_UNAVAILABLE, NO_CPR_DECISION } from "./end-of-life/care-wishes-status";
import type { EndOfLifeSection } from "./end-of-life/types";

const none: SummaryInput = {
  medications: null,
  allergies: null,
  problems: null,
  encounters: null,
  risksAndWarnings: null,
  endOfLife: null,
};
const encounter = (id: string, date: string): EncounterItem => ({
  id,
  source: OWN,
  recorded: dateView(date),
  type: "Surgery consultation",
  date: dateView(date),
  clinician: null,
  reason: "Review",
});
const risk = (id: string, active: boolean): RiskItem => ({
  id,
  source: OWN,
  recorded: dateView("2024-01-01"),
  text: id,
  category: "Safety",
  since: dateView("2024-01-01"),
  active,
});

describe("buildSummary", () => {
  it("is empty, not incomplete, when no section was included", () => {
    expect(buildSummary(none)).toMatchObject({
      incomplete: [],
      activeProblems: [],
      warnings: [],
      endOfLife: null,
      noKnownAllergies: false,
    });
  });

  it("keeps the three most recent encounters and only active warnings", () => {
    const s = buildSummary({
      ...none,
      encounters: {
        completeness: buildCompleteness({ shown: 4 }),
        items: ["2026-10-04", "2026-10-03", "2026-10-02", "2026-10-01"].map((d, i) => encounter(`e${i}`, d)),
      },
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
    expect(s.sources).toEqual({
      problems: null,
      medications: null,
      allergies: null,
      risksAndWarnings: null,
      encounters: withheld,
      endOfLife: null,
    });
  });
});

describe("buildSummary: end of life counts in the Summary's completeness", () => {
  const eol = (facts: Parameters<typeof buildCompleteness>[0], over: Partial<EndOfLifeSection> = {}): SummaryInput => ({
    ...none,
    endOfLife: { ...emptyEndOfLife(), ...over, completeness: buildCompleteness(facts) },
  });

  it("unavailable: the Summary is incomplete and the resuscitation panel says it could not be retrieved, not 'none' [HZ-EVID:eol-unavailable-not-none]", () => {
    const s = buildSummary(eol({ shown: 0, sourceUnavailable: true }));
    expect(s.incomplete).toEqual(["source-unavailable"]);
    expect(s.sources.endOfLife?.status).toBe("source-unavailable");
    expect(s.endOfLife?.careWishes).toMatchObject({ state: "unavailable", headline: EOL_UNAVAILABLE });
    expect(s.endOfLife?.careWishes.headline).not.toBe(NO_CPR_DECISION);
  });

  it("withheld: the Summary is incomplete and does not say 'no decision recorded' [HZ-EVID:eol-unavailable-not-none]", () => {
    const s = buildSummary(eol({ shown: 0, withheld: true }));
    expect(s.incomplete).toEqual(["items-withheld"]);
    expect(s.endOfLife?.careWishes).toMatchObject({ state: "unavailable", headline: EOL_INCOMPLETE });
  });

  it("partly unreadable: the Summary is incomplete; a decision that was read is still shown, with the warning", () => {
    const s = buildSummary(eol({ shown: 3, unreadable: 1 }, { ...endOfLifeSection() }));
    expect(s.incomplete).toEqual(["items-unreadable"]);
    expect(s.endOfLife?.careWishes).toMatchObject({ state: "decision", tone: "dnacpr" });
    expect(s.endOfLife?.careWishes.details).toContain("Some end-of-life entries were withheld or could not be read");
  });

  it("complete and empty: 'No CPR decision recorded in the GP record' (must-not-alert)", () => {
    const s = buildSummary(eol({ shown: 0 }));
    expect(s.incomplete).toEqual([]);
    expect(s.endOfLife).toMatchObject({
      hasContent: false,
      notForResuscitation: false,
      careWishes: { state: "none", headline: NO_CPR_DECISION },
    });
  });

  it("an unclear decision is never counted as DNACPR on the Summary [HZ-EVID:cpr-unclear]", () => {
    const s = buildSummary(eol({ shown: 2 }, { ...endOfLifeSection({ cprUnclear: "same-day-conflict" }) }));
    expect(s.endOfLife).toMatchObject({ notForResuscitation: false, careWishes: { headline: DECISION_UNCLEAR } });
  });
});
