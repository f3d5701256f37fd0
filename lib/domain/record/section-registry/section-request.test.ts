import { describe, expect, it } from "vitest";
import { parseSectionQuery, parseSectionRequest } from "./section-request";

const TODAY = "2026-12-03";
const NHS = "9681174003";
const parse = (section: string, query: Record<string, string | string[]>, nhsNumber = NHS) =>
  parseSectionRequest({ nhsNumber, section, query }, TODAY);

describe("parseSectionRequest", () => {
  it("accepts a plain request and a range where the section's date mode takes one", () => {
    expect(parse("problems", {})).toEqual({ ok: true, request: { nhsNumber: NHS, section: "problems", filter: null, allIssues: false } });
    expect(parse("encounters", { from: "2025-01-01", to: "2025-06-30" })).toMatchObject({
      ok: true,
      request: { filter: { from: "2025-01-01", to: "2025-06-30" } },
    });
    expect(parse("medications", { from: "2025-01-01", issues: "all" })).toMatchObject({
      ok: true,
      request: { filter: { from: "2025-01-01", to: null }, allIssues: true },
    });
    // Today is not the future; spaces and hyphens in a typed NHS number are allowed.
    expect(parse("investigations", { to: TODAY }, "968 117 4003")).toMatchObject({
      ok: true,
      request: { nhsNumber: NHS, filter: { from: null, to: TODAY } },
    });
    // An empty field (the date form submits both) is no date.
    expect(parse("observations", { from: "", to: "" })).toMatchObject({ ok: true, request: { filter: null } });
  });

  it("refuses, in order: the NHS number, then the section, then each field with its own message", () => {
    expect(parse("nonsense", { from: "junk" }, "123")).toMatchObject({ ok: false, refusal: { code: "INVALID_NHS_NUMBER" } });
    expect(parse("nonsense", { from: "junk" })).toMatchObject({ ok: false, refusal: { code: "SECTION_NOT_FOUND" } });
    expect(parse("encounters", { from: "2025-02-30" })).toMatchObject({
      ok: false,
      refusal: { code: "INVALID_INPUT", fields: { from: "From date must be a real date, for example 2025-11-01" } },
    });
    expect(parse("encounters", { from: "2026-12-04" })).toMatchObject({
      ok: false,
      refusal: { fields: { from: "From date must be today or earlier" } },
    });
    expect(parse("medications", { from: "2027-01-01" })).toMatchObject({
      ok: false,
      refusal: { fields: { from: "From date must be today or earlier" } },
    });
    expect(parse("referrals", { from: "2025-06-30", to: "2025-01-01" })).toMatchObject({
      ok: false,
      refusal: { fields: { to: "The From date must be on or before the To date" } },
    });
    expect(parse("encounters", { from: ["2025-01-01", "2025-02-01"] })).toMatchObject({
      ok: false,
      refusal: { fields: { from: "Give one from value" } },
    });
  });

  it("refuses a date range on a section without dates, and a To date where only From is taken", () => {
    expect(parse("problems", { from: "2020-01-01" })).toMatchObject({
      ok: false,
      refusal: { code: "INVALID_INPUT", fields: { from: "Problems cannot be narrowed by date: remove the From date" } },
    });
    expect(parse("summary", { to: "2020-01-01" })).toMatchObject({
      ok: false,
      refusal: { fields: { to: "Summary cannot be narrowed by date: remove the To date" } },
    });
    expect(parse("medications", { to: "2025-01-01" })).toMatchObject({
      ok: false,
      refusal: { fields: { to: "Medications can only be narrowed from a date: remove the To date" } },
    });
  });

  it("takes issues=all only where a section sends its newest items first", () => {
    expect(parse("problems", { issues: "all" })).toMatchObject({
      ok: false,
      refusal: { fields: { issues: "Problems always shows every item: remove issues=all" } },
    });
    expect(parse("medications", { issues: "some" })).toMatchObject({
      ok: false,
      refusal: { fields: { issues: 'issues can only be "all"' } },
    });
  });

  it("reads a URLSearchParams as the route has it, the same as the page's record", () => {
    const fromRoute = parseSectionRequest(
      { nhsNumber: NHS, section: "encounters", query: new URLSearchParams("from=2025-01-01&from=2025-02-01") },
      TODAY,
    );
    expect(fromRoute).toEqual(parse("encounters", { from: ["2025-01-01", "2025-02-01"] }));
  });
});

describe("parseSectionQuery (the date form)", () => {
  it("gives the form each field's message", () => {
    expect(parseSectionQuery("encounters", { from: "2026-12-31", to: "2026-99-01" }, TODAY)).toMatchObject({
      ok: false,
      refusal: { fields: { from: "From date must be today or earlier", to: "To date must be a real date, for example 2025-11-01" } },
    });
  });
});
