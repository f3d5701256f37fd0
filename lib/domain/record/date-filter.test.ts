import { describe, expect, it } from "vitest";
import { parseDateFilter } from "./date-filter";
import { filterByDate } from "./request-plan";

describe("date filter", () => {
  it("is absent when neither end is given", () => {
    expect(parseDateFilter(null, "")).toEqual({ ok: true, filter: null });
  });

  it("accepts an open-ended range", () => {
    expect(parseDateFilter("2025-01-01", undefined)).toEqual({ ok: true, filter: { from: "2025-01-01", to: null } });
  });

  it("rejects impossible dates and reversed ranges with specific messages", () => {
    expect(parseDateFilter("2025-02-30", null)).toMatchObject({ ok: false, message: expect.stringContaining("From date") });
    expect(parseDateFilter(null, "yesterday")).toMatchObject({ ok: false, message: expect.stringContaining("To date") });
    expect(parseDateFilter("2025-06-01", "2025-01-01")).toMatchObject({ ok: false, message: expect.stringContaining("on or before") });
  });

  it("keeps items inside the range, whole days inclusive, and undated items", () => {
    const at = (iso: string | null) => ({ date: { sortKey: iso ? Date.parse(iso) : null }, iso });
    const items = [at("2024-12-31T23:59:00Z"), at("2025-01-01T00:00:00Z"), at("2025-03-31T18:00:00Z"), at("2025-04-01T00:00:00Z"), at(null)];
    const kept = filterByDate(items, { from: "2025-01-01", to: "2025-03-31" }).map((i) => i.iso);
    expect(kept).toEqual(["2025-01-01T00:00:00Z", "2025-03-31T18:00:00Z", null]);
    expect(filterByDate(items, null)).toHaveLength(5);
  });
});
