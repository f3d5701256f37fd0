import { describe, expect, it } from "vitest";
import { populationContext } from "../population/context";
import { dayFromIso, isoDate } from "../population/days";
import { buildTraceIndex } from "../population/trace-index";
import { matchTrace, parseBirthDate, trace, type TraceCandidate } from "./build-search";

const edith: TraceCandidate = {
  family: "Margerison",
  given: ["Edith", "May"],
  birthDay: dayFromIso("1934-02-09"),
  sex: "female",
  postcode: "LS6 3AB",
};

describe("trace matching", () => {
  it("reads a full, year-month or year date of birth as a range, and refuses impossible dates", () => {
    expect(parseBirthDate("1934")).toMatchObject({ precision: "year", from: dayFromIso("1934-01-01"), to: dayFromIso("1934-12-31") });
    expect(parseBirthDate("1934-02")).toMatchObject({ precision: "month", from: dayFromIso("1934-02-01"), to: dayFromIso("1934-02-28") });
    expect(parseBirthDate("1934-02-09")).toMatchObject({ precision: "day", swapped: dayFromIso("1934-09-02") });
    expect(parseBirthDate("1934-02-13")?.swapped).toBeUndefined();
    expect(parseBirthDate("1934-02-30")).toBeNull();
    expect(parseBirthDate("1934-13")).toBeNull();
  });

  it("finds a misspelt family name with a partial date of birth, scoring it below an exact match", () => {
    const fuzzy = matchTrace(edith, { family: "Margerisson", given: "Edith", birthDate: parseBirthDate("1934")! });
    const exact = matchTrace(edith, { family: "Margerison", given: "Edith", birthDate: parseBirthDate("1934-02-09")! });
    expect(fuzzy).toMatchObject({ family: "sounds-like", given: "exact", birthDate: "in-range" });
    expect(exact?.score).toBe(1);
    expect(fuzzy!.score).toBeLessThan(exact!.score);
  });

  it("accepts a day and month typed the wrong way round, graded as such", () => {
    expect(matchTrace(edith, { family: "Margerison", birthDate: parseBirthDate("1934-09-02")! })?.birthDate).toBe("day-month-swapped");
  });

  it("narrows by gender and by postcode or district, and refuses what does not match", () => {
    expect(matchTrace(edith, { family: "Margerison", gender: "female" })).not.toBeNull();
    expect(matchTrace(edith, { family: "Margerison", gender: "male" })).toBeNull();
    expect(matchTrace(edith, { family: "Margerison", postcode: "ls6" })).not.toBeNull();
    expect(matchTrace(edith, { family: "Margerison", postcode: "LS63AB" })).not.toBeNull();
    expect(matchTrace(edith, { family: "Margerison", postcode: "LS6 3AC" })).toBeNull();
    expect(matchTrace(edith, { family: "Margerison", birthDate: parseBirthDate("1935")! })).toBeNull();
    expect(matchTrace(edith, { family: "Margerison", given: "Brenda", birthDate: parseBirthDate("1934")! })).toBeNull();
  });
});

describe("trace over the 1.1M population", () => {
  const ctx = populationContext();
  const index = buildTraceIndex(ctx);

  it("finds the demo patient from a misspelt surname and a birth year, best match first, and hides sensitive patients", () => {
    const found = trace(ctx, index, { family: "Arkwrite", given: "David", birthDate: parseBirthDate("1968")! });
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(10);
    expect(found.map((f) => f.demographics.nhsNumber)).toContain("9681174003");
    expect(found.every((f) => !f.demographics.sensitive)).toBe(true);
    // The sensitive demo patient is never found, however exactly they are described.
    expect(
      trace(ctx, index, { family: "Priestley", given: "Jordan", gender: "female" }).map((f) => f.demographics.nhsNumber),
    ).not.toContain("9677534769");
  });

  it("finds a patient by family name and gender without a date of birth", () => {
    const found = trace(ctx, index, { family: "Margerison", given: "Edith", gender: "female" });
    expect(found.map((f) => f.demographics.nhsNumber)).toContain("9663944528");
    expect(found.every((f) => f.demographics.sex === "female")).toBe(true);
    expect(isoDate(found[0]!.demographics.birthDay)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
}, 60_000);
