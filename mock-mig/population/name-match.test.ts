import { describe, expect, it } from "vitest";
import { editDistance, foldName, matchFamily, matchGiven, matchPart } from "./name-match";

describe("name matching for a trace", () => {
  it("folds case, accents and apostrophes", () => {
    expect(foldName("  O'Néill ")).toBe("oneill");
  });

  it("counts a swap of neighbouring letters as one edit and stops early past the limit", () => {
    expect(editDistance("arkwright", "arkrwight")).toBe(1);
    expect(editDistance("smith", "smyth")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("abcdefgh", "zzzzzzzz", 2)).toBe(3);
  });

  it("grades exact, sounds-like and similar spelling, and refuses an unrelated name", () => {
    expect(matchPart("arkwright", "arkwright")).toBe("exact");
    expect(matchPart("arkwrite", "arkwright")).toBe("sounds-like");
    expect(matchPart("arkwrigth", "arkwright")).toBe("similar-spelling");
    expect(matchPart("smyth", "smith")).toBe("sounds-like");
    expect(matchPart("jones", "smith")).toBeNull();
  });

  it("does not let very short names match on a single edit", () => {
    expect(matchPart("cox", "fox")).toBeNull();
    expect(matchPart("cox", "cox")).toBe("exact");
  });

  it("matches a family name whole, or by its parts, never grading a part as exact", () => {
    expect(matchFamily("ARKWRIGHT", "Arkwright")).toBe("exact");
    expect(matchFamily("Smith", "Smith-Jones")).toBe("sounds-like");
    expect(matchFamily("Smyth Jones", "Smith-Jones")).toBe("sounds-like");
    expect(matchFamily("Smith-Brown", "Smith-Jones")).toBeNull();
    expect(matchFamily("", "Smith")).toBeNull();
  });

  it("matches any of the recorded given names", () => {
    expect(matchGiven("john", ["David", "John"])).toBe("exact");
    expect(matchGiven("Jon", ["John"])).toBe("sounds-like");
    expect(matchGiven("Brenda", ["David", "John"])).toBeNull();
  });
});
