import { describe, expect, it } from "vitest";
import { compareNewestFirst, parseFhirDate } from "./fhir-date";

describe("parseFhirDate", () => {
  it("keeps the precision FHIR gave", () => {
    expect(parseFhirDate("1945")?.precision).toBe("year");
    expect(parseFhirDate("1945-07")?.precision).toBe("month");
    expect(parseFhirDate("1945-07-14")?.precision).toBe("day");
    expect(parseFhirDate("2024-03-05T14:30:00+00:00")?.precision).toBe("time");
  });

  it("spans the whole year or month a partial date can mean", () => {
    const year = parseFhirDate("1990");
    expect(year?.start.toISOString()).toBe("1990-01-01T00:00:00.000Z");
    expect(year?.end.toISOString()).toBe("1990-12-31T23:59:59.999Z");
    // Summer time: UK midnight on 1 Jul 2024 is 23:00 UTC the day before.
    expect(parseFhirDate("2024-07")?.start.toISOString()).toBe("2024-06-30T23:00:00.000Z");
  });

  it("rejects missing, malformed and impossible values without throwing", () => {
    for (const bad of [undefined, null, "", "  ", "14/07/1945", "1945-13", "2023-02-29", "2024-04-31", "2024-03-05T14:30", "yesterday"]) {
      expect(parseFhirDate(bad)).toBeNull();
    }
    expect(parseFhirDate("2024-02-29")).not.toBeNull();
  });
});

describe("compareNewestFirst", () => {
  it("puts the newest first and undated last", () => {
    const dates = ["2020-01-01", null, "2024-05", "1999"].map((d) => parseFhirDate(d));
    const sorted = [...dates].sort(compareNewestFirst).map((d) => d?.iso ?? null);
    expect(sorted).toEqual(["2024-05", "2020-01-01", "1999", null]);
  });
});
