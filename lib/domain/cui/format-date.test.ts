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

  it("names every month and pads day, hour and minute", () => {
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    months.forEach((name, i) => expect(formatDate(`2023-${String(i + 1).padStart(2, "0")}-09`)).toBe(`09-${name}-2023`));
    expect(formatDateTime("2024-12-31T09:05:00Z")).toBe("31-Dec-2024 09:05");
  });

  it("follows the clock changes at the edges of British Summer Time", () => {
    // BST starts 01:00 UTC on 31 March 2024 and ends 01:00 UTC on 27 October 2024.
    expect(formatDateTime("2024-03-31T00:59:00Z")).toBe("31-Mar-2024 00:59");
    expect(formatDateTime("2024-03-31T01:00:00Z")).toBe("31-Mar-2024 02:00");
    expect(formatDateTime("2024-10-27T00:59:00Z")).toBe("27-Oct-2024 01:59");
    expect(formatDateTime("2024-10-27T01:00:00Z")).toBe("27-Oct-2024 01:00");
  });

  it("moves the date when UK time crosses midnight", () => {
    expect(formatDateTime("2024-07-01T23:30:00Z")).toBe("02-Jul-2024 00:30");
    expect(formatDateTime("2024-07-01")).toBe("01-Jul-2024");
    expect(formatDateTime(undefined)).toBe("Not recorded");
  });
});
