import { describe, expect, it } from "vitest";
import type { PatientBanner } from "../record/patient/types";
import { matchNotes, namesOf, postcodeDistrict } from "./match-notes";

const david: PatientBanner = {
  name: "ARKWRIGHT, David John (Mr)",
  nhsNumber: "9681174003",
  nhsNumberDisplay: "968 117 4003",
  nhsNumberValid: true,
  birthDate: { iso: "1968-03-14", precision: "day", display: "14-Mar-1968", sortKey: 0 },
  born: "Born 14-Mar-1968 (58y)",
  age: "58y",
  gender: "Male",
  deceased: null,
  address: { lines: ["1 Mill Lane"], postcode: "LS6 3AB", display: "1 Mill Lane, LS6 3AB" },
  phone: null,
  registeredPractice: { name: "Mill Lane Surgery", odsCode: "Y90001" },
  usualGp: null,
};

describe("how a search result differs from what was typed", () => {
  it("reads names and the postcode district", () => {
    expect(namesOf(david.name)).toEqual({ family: "ARKWRIGHT", given: ["David", "John"] });
    expect(postcodeDistrict("LS6 3AB")).toBe("LS6");
    expect(postcodeDistrict(null)).toBeNull();
  });

  it("[HZ-EVID:search-near-match-named] names every difference of a near match: spelling, partial date of birth", () => {
    const notes = matchNotes({ mode: "demographics", family: "Arkwrite", given: "Dave", birthDate: "1968" }, david);
    expect(notes.exact).toBe(false);
    expect(notes.notes).toEqual([
      "Last name is ARKWRIGHT: you typed Arkwrite",
      "First name is David John: you typed Dave",
      "Only part of the date of birth was typed: check it is 14-Mar-1968",
    ]);
  });

  it("[HZ-EVID:search-exact-match-quiet] says nothing more for an exact match", () => {
    expect(matchNotes({ mode: "demographics", family: "arkwright", given: "john", birthDate: "1968-03-14" }, david)).toEqual({
      exact: true,
      notes: [],
    });
  });

  it("says when the day and month are the other way round, and when no date of birth was typed", () => {
    const swapped = { ...david, birthDate: { ...david.birthDate, iso: "1968-03-04", display: "04-Mar-1968" } };
    expect(matchNotes({ mode: "demographics", family: "Arkwright", given: "David", birthDate: "1968-04-03" }, swapped).notes).toEqual([
      "Born 04-Mar-1968: the day and month are the other way round from what you typed",
    ]);
    expect(matchNotes({ mode: "demographics", family: "Arkwright", given: "David", gender: "male" }, david).notes).toEqual([
      "No date of birth was typed: check it is 14-Mar-1968",
    ]);
  });
});
