import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime } from "./format-date";
import { parseFhirDate } from "./fhir-date";

describe("CUI date and time display", () => {
  it("shows dd-Mmm-yyyy and only the known part of a partial date", () => {
    expect(formatDate("1945-07-14")).toBe("14-Jul-1945");
    expect(formatDate("2001-01-05")).toBe("05-Jan-2001");
    expect(formatDate("1945-07")).toBe("Jul-1945");
    expect(formatDate("1945")).toBe("1945");
    expect(formatDate(parseFhirDate("1945-07-14"))).toBe("14-Jul-1945");
  });

  it("says Not recorded, or the caller's text, when the date is missing or unreadable", () => {
    expect(formatDate(undefined)).toBe("Not recorded");
    expect(formatDate("14/07/1945")).toBe("Not recorded");
    expect(formatDate(null, "Unknown")).toBe("Unknown");
  });

  it("shows times in 24-hour UK local time", () => {
    // 13:05 UTC in July is 14:05 British Summer Time; in January UTC and UK agree.
    expect(formatTime("2024-07-01T13:05:00Z")).toBe("14:05");
    expect(formatTime("2024-01-01T21:45:00+00:00")).toBe("21:45");
    expect(formatTime("2024-01-01")).toBe("");
  });

  it("moves the date when UK time crosses midnight", () => {
    expect(formatDateTime("2024-07-01T23:30:00Z")).toBe("02-Jul-2024 00:30");
    expect(formatDateTime("2024-07-01")).toBe("01-Jul-2024");
    expect(formatDateTime(undefined)).toBe("Not recorded");
  });
});
