import { describe, expect, it } from "vitest";
import { buildCompleteness } from "./completeness";
import { completenessBanners, emptySectionText } from "./completeness-banners";

describe("buildCompleteness", () => {
  it("is complete only when nothing is missing", () => {
    expect(buildCompleteness({ shown: 3 })).toEqual({
      status: "complete",
      reasons: [],
      shown: 3,
      withheld: 0,
      unreadable: 0,
      dateFilter: null,
    });
  });

  it("lists every reason, most serious first, and keeps counts", () => {
    const c = buildCompleteness({
      shown: 2,
      withheld: 4,
      unreadable: 1,
      dateFilter: { from: "2025-01-01", to: null },
      sourceUnavailable: true,
    });
    expect(c.status).toBe("source-unavailable");
    expect(c.reasons).toEqual(["source-unavailable", "items-withheld", "items-unreadable", "date-filter-applied"]);
    expect(c).toMatchObject({ withheld: 4, unreadable: 1 });
  });

  it("records withheld-without-count as null and ignores an empty date filter", () => {
    const c = buildCompleteness({ shown: 0, withheld: true, dateFilter: { from: null, to: null } });
    expect(c).toMatchObject({ status: "items-withheld", withheld: null, dateFilter: null });
  });
});

describe("completeness banners", () => {
  it("uses GP Connect's withheld wording and names the filter dates", () => {
    const c = buildCompleteness({ shown: 1, withheld: true, dateFilter: { from: "2025-01-01", to: "2025-12-31" } });
    expect(completenessBanners(c, "Medications").map((b) => [b.tone, b.text])).toEqual([
      ["information", "Items excluded due to confidentiality and/or patient preferences."],
      ["information", "Showing items from 01-Jan-2025 to 31-Dec-2025 only. Earlier or later items are not shown."],
    ]);
  });

  it("warns when the source is unavailable or items are unreadable", () => {
    expect(completenessBanners(buildCompleteness({ shown: 0, sourceUnavailable: true }), "Problems")[0]?.text).toMatch(
      /^Problems could not be retrieved/,
    );
    expect(completenessBanners(buildCompleteness({ shown: 0, unreadable: 2 }), "Problems")[0]?.text).toBe(
      "2 items in problems could not be read and are not shown. Check the GP record directly.",
    );
    expect(completenessBanners(buildCompleteness({ shown: 5 }), "Problems")).toEqual([]);
  });

  it("says 'No … recorded' only for an empty, complete section", () => {
    expect(emptySectionText(buildCompleteness({ shown: 0 }), "Allergies")).toBe("No allergies recorded.");
    expect(emptySectionText(buildCompleteness({ shown: 0, withheld: true }), "Allergies")).toBe("No allergies to show.");
    expect(emptySectionText(buildCompleteness({ shown: 0, sourceUnavailable: true }), "Allergies")).toBeNull();
    expect(emptySectionText(buildCompleteness({ shown: 1 }), "Allergies")).toBeNull();
  });
});
