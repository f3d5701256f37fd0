import { describe, expect, it } from "vitest";
import { auditRangeText, formatAuditTime } from "./audit-time";

describe("formatAuditTime", () => {
  it("shows UK time to the second in winter and summer", () => {
    expect(formatAuditTime("2026-01-15T09:05:07.000Z")).toBe("15-Jan-2026 09:05:07");
    expect(formatAuditTime("2026-07-14T23:30:00.000Z")).toBe("15-Jul-2026 00:30:00");
  });
});

describe("auditRangeText", () => {
  it("says which events are on this page out of how many", () => {
    expect(auditRangeText(0, 1, 50)).toBe("No events match these filters");
    expect(auditRangeText(1, 1, 50)).toBe("Showing 1–1 of 1 event");
    expect(auditRangeText(120, 1, 50)).toBe("Showing 1–50 of 120 events");
    expect(auditRangeText(120, 3, 50)).toBe("Showing 101–120 of 120 events");
    expect(auditRangeText(1234, 2, 50)).toBe("Showing 51–100 of 1,234 events");
  });

  it("explains a page beyond the end instead of a backwards range", () => {
    expect(auditRangeText(10, 4, 50)).toBe("No events on page 4: 10 events match");
  });
});
