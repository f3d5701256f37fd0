import { describe, expect, it } from "vitest";
import { formatCalendarDate, isCalendarDate } from "./calendar-date";
import { formatDate } from "./format-date";

describe("calendar dates", () => {
  it("accepts real days only", () => {
    expect(["2025-11-01", "2024-02-29", "1900-01-01"].map(isCalendarDate)).toEqual([true, true, true]);
    expect(["2025-02-29", "2025-13-01", "2025-11-31", "2025-1-01", "01-11-2025", ""].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("shows a day as CUI does, the same as the FHIR date formatter, on both sides of the clock changes", () => {
    for (const iso of ["2025-01-01", "2025-03-30", "2025-10-26", "2025-12-31", "1945-07-14"])
      expect(formatCalendarDate(iso, "?")).toBe(formatDate(iso));
    expect(formatCalendarDate("2025-02-30", "Not a date")).toBe("Not a date");
  });
});
