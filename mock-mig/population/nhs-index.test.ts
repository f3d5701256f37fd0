import { describe, expect, it } from "vitest";
import { isValidNhsNumber } from "../../lib/domain/nhs-number";
import { indexOfNhsNumber, nhsNumberOfIndex } from "./nhs-index";
import { TOTAL_PATIENTS } from "./practices";

describe("population NHS numbers", () => {
  it("yields only valid NHS numbers, all different, for every one of the 1.1M patients", () => {
    const seen = new Set<string>();
    for (let i = 0; i < TOTAL_PATIENTS; i++) {
      const n = nhsNumberOfIndex(i);
      if (!isValidNhsNumber(n)) throw new Error(`invalid NHS number ${n} at index ${i}`);
      seen.add(n);
    }
    expect(seen.size).toBe(TOTAL_PATIENTS);
  });

  it("maps NHS numbers back to their index", () => {
    for (let i = 0; i < TOTAL_PATIENTS; i += 997) expect(indexOfNhsNumber(nhsNumberOfIndex(i))).toBe(i);
  });

  it("does not claim numbers outside the population", () => {
    expect(indexOfNhsNumber("9000000009")).toBeNull();
    expect(indexOfNhsNumber("9912003888")).toBeNull();
    expect(indexOfNhsNumber("12345")).toBeNull();
  });
});
