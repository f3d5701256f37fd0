import { describe, expect, it } from "vitest";
import { notFoundAdvice, tooManyAdvice } from "./search-advice";
import type { SearchInput } from "./search-input";

const byName = (extra: Partial<Extract<SearchInput, { mode: "demographics" }>>): SearchInput => ({
  mode: "demographics",
  family: "Arkwright",
  given: "David",
  ...extra,
});

describe("not-found wording", () => {
  it("after a full date of birth, suggests the year alone, never the search just made", () => {
    const advice = notFoundAdvice(byName({ birthDate: "1968-03-14" }));
    expect(advice.nextSteps[0]).toMatch(/year of birth alone/);
    expect(advice.nextSteps.join(" ")).not.toMatch(/search by name and date of birth/i);
  });

  it("after a partial date of birth, suggests leaving it out for a postcode or gender", () => {
    const steps = notFoundAdvice(byName({ birthDate: "1968" })).nextSteps;
    expect(steps[0]).toMatch(/Leave the date of birth out/);
    expect(steps).toContainEqual(expect.stringMatching(/Add a postcode/));
  });

  it("after a postcode, suggests leaving it out (the patient may have moved) rather than adding one", () => {
    const steps = notFoundAdvice(byName({ postcode: "LS6 3AB", gender: "male" })).nextSteps;
    expect(steps).toContainEqual(expect.stringMatching(/Leave the postcode out/));
    expect(steps).not.toContainEqual(expect.stringMatching(/Add a postcode/));
  });

  it("after an NHS number, suggests checking the digits, then a name search with what is enough", () => {
    const advice = notFoundAdvice({ mode: "nhs-number", nhsNumber: "9000000009" });
    expect(advice.nextSteps).toEqual([expect.stringMatching(/Check the 10 digits/), expect.stringMatching(/year is enough/)]);
  });

  it("always ends with how to get the NHS number", () => {
    expect(notFoundAdvice(byName({ gender: "female" })).nextSteps.at(-1)).toMatch(/NHS number/);
  });
});

describe("too-many wording", () => {
  it("asks for exactly what is missing", () => {
    expect(tooManyAdvice(byName({ gender: "male" }), 40).nextSteps).toEqual([
      "Add a date of birth: the year is enough.",
      "Add a postcode, or just its first part (for example NG1).",
      "Or search by NHS number.",
    ]);
    expect(tooManyAdvice(byName({ birthDate: "1968", postcode: "LS6", gender: "male" }), 12)).toEqual({
      detail: "12 patients match these details; up to 10 can be shown.",
      nextSteps: ["Add the month, or the full date of birth.", "Give the full postcode.", "Or search by NHS number."],
    });
  });
});
