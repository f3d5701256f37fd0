import { describe, expect, it } from "vitest";
import { birthDateFromParts, NARROW_MESSAGE, searchFieldErrors, searchInputSchema } from "./search-input";

describe("search input", () => {
  it("normalises an NHS number typed with spaces", () => {
    expect(searchInputSchema.parse({ mode: "nhs-number", nhsNumber: "900 000 0009" })).toEqual({
      mode: "nhs-number",
      nhsNumber: "9000000009",
    });
  });

  it("names the NHS number problem specifically", () => {
    const result = searchInputSchema.safeParse({ mode: "nhs-number", nhsNumber: "123 456 7890" });
    expect(result.success).toBe(false);
    expect(searchFieldErrors(result.error!)).toEqual({ nhsNumber: expect.stringContaining("check digit") });
  });

  it("requires last name, first name and a real past date of birth when given", () => {
    const result = searchInputSchema.safeParse({ mode: "demographics", family: " ", given: "Ann3", birthDate: "2031-02-30" });
    const fields = searchFieldErrors(result.error!);
    expect(fields.family).toBe("Enter the patient's last name");
    expect(fields.given).toMatch(/only include letters/);
    expect(fields.birthDate).toMatch(/real date/);
  });

  it("accepts names with apostrophes and hyphens and tidies the postcode", () => {
    const parsed = searchInputSchema.parse({
      mode: "demographics",
      family: "O'Neill-Smith",
      given: "Zoë",
      birthDate: "1951-03-27",
      postcode: " ng1  5ft ",
    });
    expect(parsed).toMatchObject({ family: "O'Neill-Smith", given: "Zoë", postcode: "NG1 5FT" });
  });

  it("rejects a malformed postcode and a future date of birth", () => {
    const result = searchInputSchema.safeParse({
      mode: "demographics",
      family: "Smith",
      given: "Ann",
      birthDate: "2999-01-01",
      postcode: "ABC",
    });
    const fields = searchFieldErrors(result.error!);
    expect(fields.postcode).toMatch(/real postcode/);
    expect(fields.birthDate).toMatch(/today or in the past/);
  });

  it("accepts a year, or a month and year, as the date of birth, and refuses an impossible month", () => {
    const base = { mode: "demographics", family: "Smith", given: "Ann" };
    expect(searchInputSchema.parse({ ...base, birthDate: "1951" })).toMatchObject({ birthDate: "1951" });
    expect(searchInputSchema.parse({ ...base, birthDate: "1951-03" })).toMatchObject({ birthDate: "1951-03" });
    expect(searchFieldErrors(searchInputSchema.safeParse({ ...base, birthDate: "1951-13" }).error!).birthDate).toMatch(/real date/);
    expect(searchFieldErrors(searchInputSchema.safeParse({ ...base, birthDate: "1889" }).error!).birthDate).toMatch(/after 1890/);
  });

  it("leaves the date of birth optional only when a postcode (or its district) or gender narrows the search", () => {
    const base = { mode: "demographics", family: "Smith", given: "Ann", birthDate: "" };
    expect(searchFieldErrors(searchInputSchema.safeParse(base).error!)).toEqual({ birthDate: NARROW_MESSAGE });
    expect(searchInputSchema.parse({ ...base, postcode: "ls6" })).toEqual({
      mode: "demographics",
      family: "Smith",
      given: "Ann",
      postcode: "LS6",
    });
    expect(searchInputSchema.parse({ ...base, gender: "female" })).toMatchObject({ gender: "female" });
    expect(searchInputSchema.safeParse({ ...base, gender: "other" }).success).toBe(false);
  });

  it("reads the date boxes as a whole date, a month and year, a year, or nothing", () => {
    expect(birthDateFromParts("27", "3", "1951")).toBe("1951-03-27");
    expect(birthDateFromParts("", "3", "1951")).toBe("1951-03");
    expect(birthDateFromParts("", "", "1951")).toBe("1951");
    expect(birthDateFromParts("", "", "")).toBe("");
    expect(birthDateFromParts("27", "", "1951")).toBe("invalid");
    expect(birthDateFromParts("27", "3", "")).toBe("invalid");
  });
});
