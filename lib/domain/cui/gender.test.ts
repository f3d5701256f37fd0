import { describe, expect, it } from "vitest";
import { formatGender, isAdministrativeGender } from "./gender";

describe("gender display", () => {
  it("capitalises FHIR codes and tells unknown from absent", () => {
    expect(formatGender("female")).toBe("Female");
    expect(formatGender("male")).toBe("Male");
    expect(formatGender("other")).toBe("Other");
    expect(formatGender("unknown")).toBe("Unknown");
    expect(formatGender(undefined)).toBe("Not recorded");
  });

  it("recognises only FHIR administrative gender codes", () => {
    expect(isAdministrativeGender("female")).toBe(true);
    expect(isAdministrativeGender("F")).toBe(false);
    expect(isAdministrativeGender(1)).toBe(false);
  });
});
