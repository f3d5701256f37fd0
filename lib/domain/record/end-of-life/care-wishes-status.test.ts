import { describe, expect, it } from "vitest";
import { cprDecision, emptyEndOfLife, endOfLifeSection } from "@/test/builders/view-models/end-of-life";
import { buildCompleteness } from "../completeness";
import { careWishesStatus, DECISION_UNCLEAR, EOL_INCOMPLETE, EOL_UNAVAILABLE, NO_CPR_DECISION } from "./care-wishes-status";

describe("careWishesStatus: the banner's three states", () => {
  it("decision recorded: DNACPR with its date, the form and the other wishes [HZ-EVID:cpr-banner-states]", () => {
    const s = careWishesStatus(endOfLifeSection());
    expect(s).toMatchObject({ state: "decision", tone: "dnacpr", headline: "DNACPR — 02-May-2026", hasCareWishes: true });
    expect(s.details).toContain("ReSPECT form: In the patient's home, on the fridge");
    expect(s.details).toContain("Advance decision to refuse treatment (ADRT)");
    expect(s.details).toContain("LPA health and welfare: Peter Jones, registered");
    expect(s.details).toContain("On the palliative care register");
  });

  it("for CPR is said as such", () => {
    expect(careWishesStatus(endOfLifeSection({ cpr: cprDecision({ decision: "for-resuscitation" }) }))).toMatchObject({
      state: "decision",
      tone: "for-cpr",
      headline: "For CPR — 02-May-2026",
    });
  });

  it("says when there is more than one decision and when the review date has passed [HZ-EVID:cpr-review-passed]", () => {
    const s = careWishesStatus(
      endOfLifeSection({
        cpr: cprDecision({ reviewOverdue: true }),
        cprOlder: [cprDecision({ id: "old", decision: "for-resuscitation" })],
      }),
    );
    expect(s.details).toEqual(expect.arrayContaining(["2 CPR decisions recorded; most recent shown", "Review date passed (02-Nov-2026)"]));
  });

  it("an unclear decision is never shown as DNACPR or for CPR [HZ-EVID:cpr-unclear]", () => {
    const s = careWishesStatus(
      endOfLifeSection({ cpr: cprDecision({ decision: "unknown", display: "Discussed" }), cprUnclear: "unknown-code" }),
    );
    expect(s).toMatchObject({ state: "decision", tone: "warning", headline: DECISION_UNCLEAR });
  });

  it("none: a complete section without a CPR decision", () => {
    expect(careWishesStatus(emptyEndOfLife())).toMatchObject({ state: "none", headline: NO_CPR_DECISION, hasCareWishes: false });
    expect(careWishesStatus(endOfLifeSection({ cpr: null }))).toMatchObject({
      state: "none",
      headline: NO_CPR_DECISION,
      hasCareWishes: true,
    });
  });

  it("unavailable: the section could not be fetched (never 'none') [HZ-EVID:eol-unavailable-not-none]", () => {
    expect(careWishesStatus(null)).toMatchObject({ state: "unavailable", headline: EOL_UNAVAILABLE });
    const failed = { ...emptyEndOfLife(), completeness: buildCompleteness({ shown: 0, sourceUnavailable: true }) };
    expect(careWishesStatus(failed)).toMatchObject({ state: "unavailable", headline: EOL_UNAVAILABLE });
  });

  it("withheld or unreadable entries with no decision are not 'no decision recorded' [HZ-EVID:eol-unavailable-not-none]", () => {
    for (const facts of [
      { shown: 0, withheld: true },
      { shown: 2, unreadable: 1 },
    ]) {
      const s = careWishesStatus({ ...endOfLifeSection({ cpr: null }), completeness: buildCompleteness(facts) });
      expect(s).toMatchObject({ state: "unavailable", headline: EOL_INCOMPLETE });
    }
  });
});
