import { describe, expect, it } from "vitest";
import { auditFiltersSchema, auditQueryString, auditSearchSchema, issuesByField, queryValues, ukDayBounds } from "./audit-filters";

function messages(input: Record<string, string>) {
  const parsed = auditSearchSchema.safeParse(input);
  return parsed.success ? {} : issuesByField(parsed.error.issues);
}

describe("audit filters", () => {
  it("treats blank fields as any and canonicalises the rest", () => {
    const parsed = auditFiltersSchema.parse({ username: " ae.doctor ", nhsNumber: "968 117 4003", ods: "r9a", action: "", from: "" });
    expect(parsed).toEqual({ username: "ae.doctor", nhsNumber: "9681174003", ods: "R9A" });
  });

  it("names the problem with each field in words a privacy officer can act on", () => {
    expect(
      messages({
        username: "ae doctor;",
        nhsNumber: "1234567890",
        ods: "R9",
        action: "DELETE",
        outcome: "MAYBE",
        from: "2026-02-30",
        to: "31/01/2026",
      }),
    ).toEqual({
      username: "Username can only contain letters, numbers, full stops, hyphens, underscores and @",
      nhsNumber: "This is not a valid NHS number: the check digit does not match. Check it has been typed correctly",
      ods: "Organisation code must be 3 to 10 letters or numbers, for example R9A",
      action: "Choose an action from the list",
      outcome: "Choose an outcome from the list",
      from: "From date must be a real date, for example 2026-01-31",
      to: "To date must be a real date, for example 2026-01-31",
    });
  });

  it("refuses a to date before the from date, on the to field", () => {
    expect(messages({ from: "2026-03-10", to: "2026-03-09" })).toEqual({ to: "The to date must be the same as or after the from date" });
    expect(messages({ from: "2026-03-10", to: "2026-03-10" })).toEqual({});
  });

  it("checks the page number and the snapshot marker", () => {
    expect(messages({ page: "0" }).page).toBe("Page must be 1 or more");
    expect(messages({ page: "1.5" }).page).toBe("Page must be a whole number");
    expect(messages({ page: "2001" }).page).toMatch(/narrow the search/);
    expect(messages({ upTo: "12a" }).upTo).toBe("Page link is not valid: search again");
    expect(auditSearchSchema.parse({}).page).toBe(1);
  });
});

describe("ukDayBounds", () => {
  it("uses UK midnight in winter (GMT)", () => {
    expect(ukDayBounds("2026-01-15", "2026-01-15")).toEqual({
      gte: new Date("2026-01-15T00:00:00Z"),
      lt: new Date("2026-01-16T00:00:00Z"),
    });
  });

  it("uses UK midnight in summer (BST, an hour before UTC midnight)", () => {
    expect(ukDayBounds("2026-07-14", "2026-07-14")).toEqual({
      gte: new Date("2026-07-13T23:00:00Z"),
      lt: new Date("2026-07-14T23:00:00Z"),
    });
  });

  it("covers the 23-hour day the clocks go forward and the 25-hour day they go back", () => {
    const spring = ukDayBounds("2026-03-29", "2026-03-29");
    expect(spring).toEqual({ gte: new Date("2026-03-29T00:00:00Z"), lt: new Date("2026-03-29T23:00:00Z") });
    const autumn = ukDayBounds("2026-10-25", "2026-10-25");
    expect(autumn).toEqual({ gte: new Date("2026-10-24T23:00:00Z"), lt: new Date("2026-10-26T00:00:00Z") });
  });

  it("leaves out a bound that is not set", () => {
    expect(ukDayBounds(undefined, undefined)).toEqual({});
    expect(ukDayBounds("2026-01-01", undefined)).toEqual({ gte: new Date("2026-01-01T00:00:00Z") });
  });
});

describe("query strings", () => {
  it("keeps filters in a fixed order, drops blanks and page 1, and carries the snapshot", () => {
    expect(auditQueryString({ to: "2026-01-02", username: "nurse", ods: "" }, { page: 1, upTo: null })).toBe(
      "username=nurse&to=2026-01-02",
    );
    expect(auditQueryString({ nhsNumber: "9681174003" }, { page: 3, upTo: "120" })).toBe("nhsNumber=9681174003&page=3&upTo=120");
  });

  it("takes the first value of a repeated key from either source", () => {
    expect(queryValues(new URLSearchParams("action=SIGN_IN&action=RECORD_VIEW"))).toEqual({ action: "SIGN_IN" });
    expect(queryValues({ action: ["RECORD_VIEW", "SIGN_IN"], page: "2", none: undefined })).toEqual({ action: "RECORD_VIEW", page: "2" });
  });
});
