import { describe, expect, it } from "vitest";
import { DataTable, pageWindow, pagingText, printedText } from "./data-table";
import { count, render, visibleRows } from "@/test/builders/view-models/render";

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `r${i}`, cells: [`Row ${i + 1}`, `Value ${i + 1}`] }));
const table = (n: number, pageSize?: number) =>
  render(
    <DataTable
      caption="All medication issues"
      columns={[{ header: "Medication" }, { header: "Issued" }]}
      rows={rows(n)}
      pageSize={pageSize}
    />,
  );

describe("DataTable", () => {
  it("says which rows of how many are shown and shows only the first page", () => {
    const { text, html } = table(312);
    expect(text).toContain("Showing 1 to 25 of 312 items");
    expect(visibleRows(html)).toBe(25);
    expect(text).toContain("Next 25");
    expect(text).toContain("Show all 312 items");
    expect(text).not.toContain("Previous");
  });

  it("draws only the rows of the page on screen, and says the paper copy has them all", () => {
    const { html, text } = table(312);
    // Header row plus one page; every row is drawn when printing (checked in Chromium, e2e/specs/find-and-read-record).
    expect(count(html, "<tr")).toBe(26);
    expect(text).toContain("All 312 items printed.");
  });

  it("has no paging for a short list but still states the count", () => {
    const { text, html } = table(10);
    expect(text).toContain("Showing all 10 items");
    expect(visibleRows(html)).toBe(10);
    expect(text).not.toContain("Show all");
  });

  it("is an accessible table: caption, column and row headers, a labelled focusable scroll region", () => {
    const { html } = table(2);
    const captionId = /<caption id="([^"]+)"/.exec(html)?.[1];
    expect(captionId).toBeTruthy();
    expect(html).toContain(`role="region" aria-labelledby="${captionId}" tabindex="0"`);
    expect(count(html, 'scope="col"')).toBe(2);
    expect(count(html, 'scope="row"')).toBe(2);
  });

  it("words the paging text for the last page and a single item", () => {
    expect(pagingText(312, 300, 312)).toBe("Showing 301 to 312 of 312 items");
    expect(pagingText(1, 0, 1)).toBe("Showing 1 item");
    expect(pagingText(1312, 0, 25)).toBe("Showing 1 to 25 of 1,312 items");
  });

  it("says when the rows are only the newest of a longer list, on screen and on paper", () => {
    const issue = { one: "issue", other: "issues" };
    expect(pagingText(100, 25, 50, issue, 2201)).toBe("Showing 26 to 50 of the 100 most recent issues (2,201 in the record)");
    expect(pagingText(100, 0, 100, issue, 2201)).toBe("Showing the 100 most recent issues (2,201 in the record)");
    expect(printedText(100, issue, 2201)).toBe("The 100 most recent of 2,201 issues printed.");
    expect(printedText(100, issue)).toBe("All 100 issues printed.");
  });

  it("pages through and clamps to the last page when the list shrinks", () => {
    expect(pageWindow(312, 25, 1, false)).toEqual({ paged: true, current: 1, start: 25, end: 50 });
    expect(pageWindow(312, 25, 12, false)).toEqual({ paged: true, current: 12, start: 300, end: 312 });
    expect(pageWindow(30, 25, 12, false)).toEqual({ paged: true, current: 1, start: 25, end: 30 });
    expect(pageWindow(312, 25, 3, true)).toEqual({ paged: false, current: 3, start: 0, end: 312 });
  });
});
