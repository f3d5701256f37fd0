import { describe, expect, it } from "vitest";
import { ageAt } from "./age";

const at = (iso: string) => new Date(iso);

describe("ageAt (CUI age display)", () => {
  it("shows adults in whole years, counting only completed years", () => {
    expect(ageAt("1945-07-14", at("2026-07-13T12:00:00Z"))?.display).toBe("80y");
    expect(ageAt("1945-07-14", at("2026-07-14T12:00:00Z"))).toEqual({ display: "81y", years: 81, exact: true });
  });

  it("shows children 2 to 17 in years and months", () => {
    expect(ageAt("2018-03-10", at("2026-05-20T09:00:00Z"))?.display).toBe("8y 2m");
    expect(ageAt("2018-03-10", at("2026-03-10T09:00:00Z"))?.display).toBe("8y");
    expect(ageAt("2008-11-25", at("2026-11-24T09:00:00Z"))?.display).toBe("17y 11m");
  });

  it("shows 1 to 2 year olds in months and days", () => {
    expect(ageAt("2025-01-10", at("2026-07-14T09:00:00Z"))?.display).toBe("18m 4d");
    expect(ageAt("2025-01-10", at("2026-01-10T09:00:00Z"))?.display).toBe("12m");
  });

  it("shows babies under a year in weeks and days, and under 4 weeks in days", () => {
    expect(ageAt("2026-01-01", at("2026-08-01T09:00:00Z"))?.display).toBe("30w 2d");
    expect(ageAt("2026-07-01", at("2026-07-29T09:00:00Z"))?.display).toBe("4w");
    expect(ageAt("2026-07-01", at("2026-07-16T09:00:00Z"))?.display).toBe("15d");
    expect(ageAt("2026-07-01", at("2026-07-01T09:00:00Z"))?.display).toBe("0d");
  });

  it("uses minutes and hours only when the birth time is known", () => {
    expect(ageAt("2026-07-01T08:00:00+01:00", at("2026-07-01T07:45:00Z"))?.display).toBe("45min");
    expect(ageAt("2026-07-01T08:00:00+01:00", at("2026-07-02T09:00:00Z"))?.display).toBe("26hr");
    expect(ageAt("2026-07-01T08:00:00+01:00", at("2026-07-04T09:00:00Z"))?.display).toBe("3d");
  });

  it("gives a leap-day baby their birthday on 1 March in other years, as UK law does", () => {
    expect(ageAt("2000-02-29", at("2021-02-28T12:00:00Z"))?.years).toBe(20);
    expect(ageAt("2000-02-29", at("2021-03-01T00:30:00Z"))?.years).toBe(21);
    expect(ageAt("2000-02-29", at("2024-02-29T08:00:00Z"))?.display).toBe("24y");
  });

  it("counts days in UK time, whatever the instant's UTC date", () => {
    // 23:30 UTC on 13 July is already the 14th (the birthday) in UK summer time.
    expect(ageAt("1945-07-14", at("2026-07-13T23:30:00Z"))?.years).toBe(81);
  });

  it("shows the range a partial birth date allows instead of inventing precision", () => {
    expect(ageAt("1945", at("2026-07-14T09:00:00Z"))).toEqual({ display: "80–81y", years: 80, exact: false });
    expect(ageAt("1945-07", at("2026-08-01T09:00:00Z"))?.display).toBe("81y");
    expect(ageAt("1945-07", at("2026-07-14T09:00:00Z"))?.display).toBe("80–81y");
    expect(ageAt("2026-03", at("2026-07-14T09:00:00Z"))?.display).toBe("3–4m");
  });

  it("handles a partial date that includes today", () => {
    expect(ageAt("2026-07", at("2026-07-14T09:00:00Z"))).toEqual({ display: "0m", years: 0, exact: false });
  });

  it("returns null for missing, unreadable or future birth dates", () => {
    expect(ageAt(undefined, at("2026-07-14T09:00:00Z"))).toBeNull();
    expect(ageAt("not a date", at("2026-07-14T09:00:00Z"))).toBeNull();
    expect(ageAt("2027-01-01", at("2026-07-14T09:00:00Z"))).toBeNull();
  });
});
