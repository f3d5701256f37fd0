import { describe, expect, it } from "vitest";
import { EmptyState } from "./empty-state";
import { complete, partial, PRACTICE } from "@/test/builders/view-models/common";
import { render } from "@/test/builders/view-models/render";
import { SectionStatus, WITHHELD_TITLE } from "./section-status";

const status = (c: ReturnType<typeof complete>, extra: Partial<Parameters<typeof SectionStatus>[0]> = {}) =>
  render(<SectionStatus completeness={c} sectionTitle="Medications" {...extra} />);

describe("SectionStatus", () => {
  it("states completeness with the item count when nothing is missing", () => {
    const { text, html } = status(complete(12));
    expect(text).toBe("Complete: 12 items");
    expect(html).not.toContain('role="alert"');
  });

  it("shows the standard withheld banner with the count, without naming what was withheld", () => {
    const { text } = status(partial({ shown: 5, withheld: 2 }));
    expect(text).toContain("Incomplete: 5 items shown");
    expect(text).toContain(WITHHELD_TITLE);
    expect(text).toContain("2 items withheld by the practice.");
  });

  it("says when the source did not say how many items it withheld", () => {
    expect(status(partial({ shown: 5, withheld: true })).text).toContain("did not say how many items were withheld");
  });

  it("names the date range of a filter", () => {
    const { text } = status(partial({ shown: 3, dateFilter: { from: "2025-01-01", to: "2026-11-25" } }));
    expect(text).toContain("Date filter applied");
    expect(text).toContain("Showing items from 01-Jan-2025 to 25-Nov-2026 only.");
    expect(status(partial({ shown: 3, dateFilter: { from: "2025-06-01", to: null } })).text).toContain("from 01-Jun-2025 onwards");
  });

  it("names the practice, what failed and who to phone when the source is unavailable, with a retry", () => {
    const { text, html } = status(partial({ shown: 0, sourceUnavailable: true }), {
      practice: PRACTICE,
      problem: "The practice system did not answer in time.",
      onRetry: () => undefined,
    });
    expect(html).toContain('role="alert"');
    expect(text).toContain("Medications could not be fetched from Riverside Surgery (Y90001)");
    expect(text).toContain("did not answer in time");
    expect(text).toContain("Phone the practice on 0113 496 0000");
    expect(text).toContain("Try again");
  });

  it("offers no retry button when no retry handler is given", () => {
    const { text } = status(partial({ shown: 0, sourceUnavailable: true }));
    expect(text).toContain("the patient's GP practice");
    expect(text).not.toContain("Try again");
  });

  it("shows one banner per reason, most serious first", () => {
    const { text } = status(partial({ shown: 4, sourceUnavailable: true, withheld: 1, unreadable: 2 }));
    const order = ["could not be fetched", WITHHELD_TITLE, "2 items in medications could not be read"].map((t) => text.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("never reads as complete when the status is incomplete but the reasons list is empty", () => {
    const c = { ...complete(3), status: "items-withheld" as const, withheld: null };
    expect(status(c).text).toContain(WITHHELD_TITLE);
  });
});

describe("EmptyState", () => {
  it("says 'No … recorded' only for a complete section", () => {
    expect(render(<EmptyState what="allergies" completeness={complete(0)} />).text).toBe("No allergies recorded");
  });

  it("does not claim 'none recorded' when the source was unavailable", () => {
    const { text } = render(<EmptyState what="allergies" completeness={partial({ shown: 0, sourceUnavailable: true })} />);
    expect(text).toContain("No allergies could be fetched");
    expect(text).toContain("does not mean the patient has none");
    expect(text).not.toContain("recorded");
  });

  it("qualifies an empty list by the date filter", () => {
    const c = partial({ shown: 0, dateFilter: { from: "2026-01-01", to: null } });
    expect(render(<EmptyState what="encounters" completeness={c} />).text).toContain("No encounters recorded from 01-Jan-2026 onwards");
  });

  it("warns that withheld items may exist", () => {
    const { text } = render(<EmptyState what="problems" completeness={partial({ shown: 0, withheld: true })} />);
    expect(text).toContain("No problems shown");
    expect(text).toContain("does not mean the patient has none");
  });
});
