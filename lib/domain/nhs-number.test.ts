import { describe, expect, it } from "vitest";
import { checkDigit, formatNhsNumber, isValidNhsNumber, nhsNumberFromPrefix, parseNhsNumber } from "./nhs-number";

describe("NHS number", () => {
  it("accepts the public test numbers and rejects 1234567890", () => {
    expect(isValidNhsNumber("9000000009")).toBe(true);
    expect(isValidNhsNumber("9912003888")).toBe(true);
    expect(isValidNhsNumber("1234567890")).toBe(false);
  });

  it("treats a remainder giving 11 as check digit 0 and 10 as no valid number", () => {
    // 9 * 10 = 90; 90 mod 11 = 2; 11 - 2 = 9
    expect(checkDigit("900000000")).toBe(9);
    // 000000000 → sum 0 → 11 → 0
    expect(checkDigit("000000000")).toBe(0);
    // 6 * 2 = 12 → 12 mod 11 = 1 → 11 - 1 = 10: no valid check digit
    expect(checkDigit("000000006")).toBe(null);
  });

  it("parses what people type, with a specific message for each problem", () => {
    expect(parseNhsNumber("900 000 0009")).toEqual({ ok: true, value: "9000000009" });
    expect(parseNhsNumber("900-000-0009")).toEqual({ ok: true, value: "9000000009" });
    expect(parseNhsNumber("  ")).toMatchObject({ ok: false, problem: "empty" });
    expect(parseNhsNumber("90000O0009")).toMatchObject({ ok: false, problem: "not-digits" });
    expect(parseNhsNumber("900000000")).toMatchObject({ ok: false, problem: "wrong-length" });
    expect(parseNhsNumber("1234567890")).toMatchObject({ ok: false, problem: "bad-check-digit" });
  });

  it("formats as 3-3-4 and leaves other strings alone", () => {
    expect(formatNhsNumber("9000000009")).toBe("900 000 0009");
    expect(formatNhsNumber("12345")).toBe("12345");
  });

  it("generates only valid numbers from any prefix", () => {
    for (let p = 0; p < 20_000; p += 7) expect(isValidNhsNumber(nhsNumberFromPrefix(p))).toBe(true);
    // prefix 000000006 has no check digit, so the generator moves on to 000000007
    expect(nhsNumberFromPrefix(6)).toBe("0000000078");
  });
});
