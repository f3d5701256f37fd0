import { describe, expect, it } from "vitest";
import { cprDecisionOfCode } from "./cpr-codes";
import { entryStatus, selectCprDecision, type CprCandidate } from "./select-cpr-decision";

const at = (iso: string | null) => ({ sortKey: iso === null ? null : Date.parse(`${iso}T00:00:00Z`) });
const entry = (
  id: string,
  decision: CprCandidate["decision"],
  iso: string | null,
  status: CprCandidate["status"] = "effective",
): CprCandidate => ({ id, decision, date: at(iso), status });

describe("selectCprDecision", () => {
  it("takes the latest effective decision, whatever order the record sends them in [HZ-EVID:cpr-latest-decision]", () => {
    const s = selectCprDecision([
      entry("old-dnacpr", "not-for-resuscitation", "2024-01-10"),
      entry("new-for-cpr", "for-resuscitation", "2026-03-14"),
    ]);
    expect(s.current?.id).toBe("new-for-cpr");
    expect(s.older.map((e) => e.id)).toEqual(["old-dnacpr"]);
    expect(s.unclear).toBeNull();
  });

  it("never takes an entered-in-error or cancelled entry as the decision, and counts them [HZ-EVID:cpr-void-ignored]", () => {
    const s = selectCprDecision([
      entry("void", "not-for-resuscitation", "2026-05-01", "entered-in-error"),
      entry("cancelled", "not-for-resuscitation", "2026-04-01", "cancelled"),
      entry("real", "for-resuscitation", "2025-01-01"),
    ]);
    expect(s.current?.id).toBe("real");
    expect(s.older).toEqual([]);
    expect(s.voided).toBe(2);
  });

  it("has no decision when every entry is void", () => {
    expect(selectCprDecision([entry("void", "not-for-resuscitation", "2026-05-01", "entered-in-error")])).toMatchObject({
      current: null,
      voided: 1,
      unclear: null,
    });
  });

  it("puts undated entries after dated ones", () => {
    const s = selectCprDecision([entry("undated", "for-resuscitation", null), entry("dated", "not-for-resuscitation", "2020-01-01")]);
    expect(s.current?.id).toBe("dated");
    expect(s.older.map((e) => e.id)).toEqual(["undated"]);
  });

  it("calls different decisions on the same latest day unclear rather than choosing one (must alert) [HZ-EVID:cpr-unclear]", () => {
    const s = selectCprDecision([entry("a", "for-resuscitation", "2026-03-14"), entry("b", "not-for-resuscitation", "2026-03-14")]);
    expect(s.unclear).toBe("same-day-conflict");
  });

  it("does not call the same decision twice on a day a conflict (must not alert)", () => {
    expect(
      selectCprDecision([entry("a", "not-for-resuscitation", "2026-03-14"), entry("b", "not-for-resuscitation", "2026-03-14")]).unclear,
    ).toBeNull();
  });

  it("calls a latest entry with an unknown code unclear [HZ-EVID:cpr-unclear]", () => {
    expect(selectCprDecision([entry("a", "unknown", "2026-03-14"), entry("b", "not-for-resuscitation", "2025-03-14")]).unclear).toBe(
      "unknown-code",
    );
  });
});

describe("the CPR code set", () => {
  it("reads both UK codes for each decision [HZ-EVID:cpr-codes]", () => {
    expect(["304253006", "450476008"].map(cprDecisionOfCode)).toEqual(["not-for-resuscitation", "not-for-resuscitation"]);
    expect(["304252001", "450475007"].map(cprDecisionOfCode)).toEqual(["for-resuscitation", "for-resuscitation"]);
  });

  it("never guesses from any other code [HZ-EVID:cpr-unclear]", () => {
    expect([null, undefined, "", "845151000000104", "89666000"].map(cprDecisionOfCode)).toEqual([
      "unknown",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
    ]);
  });

  it("reads FHIR statuses", () => {
    expect(["final", "amended", "entered-in-error", "cancelled", undefined].map(entryStatus)).toEqual([
      "effective",
      "effective",
      "entered-in-error",
      "cancelled",
      "effective",
    ]);
  });
});
