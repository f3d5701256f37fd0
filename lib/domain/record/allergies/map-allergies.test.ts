import { describe, expect, it } from "vitest";
import { indexBundle } from "../fhir/bundle-index";
import { baseBundle, list, withheldWarning, type Json } from "@/test/builders/fhir-bundles";
import { EXT } from "../fhir/systems";
import { mapAllergies } from "./map-allergies";
import { sectionInput } from "../section-registry/section-input";
import allergiesSection from "../sections/allergies";

const allergy = (id: string, over: Json = {}): Json => ({
  resourceType: "AllergyIntolerance",
  id,
  clinicalStatus: { coding: [{ code: "active" }] },
  type: "allergy",
  category: ["medication"],
  code: { coding: [{ system: "http://snomed.info/sct", code: "91936005", display: "Allergy to penicillin" }] },
  recordedDate: "2011-11-08",
  reaction: [{ manifestation: [{ text: "Urticaria" }], severity: "moderate" }],
  extension: [{ url: EXT.drugClass, valueCoding: { code: "penicillin" } }],
  ...over,
});

function map(activeIds: string[], resolvedIds: string[] | null, resources: Json[], activeOver: Json = {}) {
  const lists = [
    list(
      "allergies",
      activeIds.map((i) => `AllergyIntolerance/${i}`),
      activeOver,
    ),
  ];
  if (resolvedIds)
    lists.push(
      list(
        "resolvedAllergies",
        resolvedIds.map((i) => `AllergyIntolerance/${i}`),
      ),
    );
  const indexed = indexBundle(baseBundle(...lists, ...resources));
  if (!indexed.ok) throw new Error("bad test bundle");
  return mapAllergies(sectionInput(allergiesSection, indexed.index));
}

describe("mapAllergies", () => {
  it("maps active and resolved allergies with the drug class for conflict checks", () => {
    const section = map(
      ["a"],
      ["r"],
      [
        allergy("a"),
        allergy("r", {
          clinicalStatus: { coding: [{ code: "resolved" }] },
          code: { text: "Grass pollen" },
          lastOccurrence: "2016-11-03",
          extension: [],
        }),
      ],
    );
    expect(section.active).toHaveLength(1);
    expect(section.active[0]).toMatchObject({
      substance: "Allergy to penicillin",
      allergen: { classes: ["penicillin"] },
      reactions: ["Urticaria"],
      recorded: { display: "08-Nov-2011" },
      status: "active",
    });
    expect(section.resolved.map((a) => [a.substance, a.resolved.display])).toEqual([["Grass pollen", "03-Nov-2016"]]);
    expect(section.noKnownAllergies).toBe(false);
  });

  it("trusts clinicalStatus over the list an item sits in", () => {
    const section = map(["x"], [], [allergy("x", { clinicalStatus: { coding: [{ code: "resolved" }] } })]);
    expect(section.active).toEqual([]);
    expect(section.resolved).toHaveLength(1);
  });

  it("tells a recorded 'no known allergies' from an empty list", () => {
    const nka = allergy("n", {
      code: { coding: [{ system: "http://snomed.info/sct", code: "716186003", display: "No known allergy" }] },
      extension: [],
    });
    expect(map(["n"], null, [nka])).toMatchObject({ noKnownAllergies: true, active: [] });
    expect(map([], null, []).noKnownAllergies).toBe(false);
  });

  it("handles missing fields and withheld items", () => {
    const section = map(["b"], null, [{ resourceType: "AllergyIntolerance", id: "b", reaction: "none", category: "x" }], withheldWarning);
    expect(section.active[0]).toMatchObject({
      substance: "Substance not recorded",
      category: "unknown",
      criticality: "unknown",
      reactions: [],
      status: "active",
    });
    expect(section.completeness.status).toBe("items-withheld");
  });

  it("keeps the recorded negation's own words and the verification status [HZ-EVID:allergy-verification-read]", () => {
    const nkda = allergy("n", {
      code: { coding: [{ system: "http://snomed.info/sct", code: "409137002", display: "No known drug allergy" }] },
      extension: [],
    });
    expect(map(["n"], null, [nkda])).toMatchObject({ noKnownAllergies: true, noKnownAllergiesText: "No known drug allergy" });
    const wrong = map(["e", "r"], null, [
      allergy("e", { verificationStatus: { coding: [{ code: "entered-in-error" }] } }),
      allergy("r", { verificationStatus: { coding: [{ code: "refuted" }] } }),
    ]);
    // Entered in error is not a finding: counted only. Refuted is shown apart, never as an active allergy.
    expect(wrong.active).toEqual([]);
    expect(wrong.enteredInError).toBe(1);
    expect(wrong.refuted?.map((a) => a.verification)).toEqual(["refuted"]);
  });

  it("never shows an entered-in-error penicillin allergy as a finding, and marks an unconfirmed one [HZ-EVID:allergy-entered-in-error-not-finding]", () => {
    const section = map(["e", "u"], null, [
      allergy("e", { verificationStatus: { coding: [{ code: "entered-in-error" }] } }),
      allergy("u", { code: { text: "Latex" }, category: ["environment"], verificationStatus: { coding: [{ code: "unconfirmed" }] } }),
    ]);
    expect(section.active.map((a) => [a.substance, a.verification])).toEqual([["Latex", "unconfirmed"]]);
    expect(JSON.stringify(section)).not.toContain("Allergy to penicillin");
    // Must-alert twin: the same allergy confirmed is shown.
    expect(map(["c"], null, [allergy("c", { verificationStatus: { coding: [{ code: "confirmed" }] } })]).active).toHaveLength(1);
  });

  it("reads the UK Core end extension: end date and reason, not 'Not recorded' [HZ-EVID:allergy-end-extension]", () => {
    const ended = allergy("x", {
      clinicalStatus: { coding: [{ code: "inactive" }] },
      extension: [
        {
          url: EXT.allergyEnd,
          extension: [
            { url: "endDate", valueDateTime: "2020-02-03" },
            { url: "reasonEnded", valueString: "Tolerated amoxicillin" },
          ],
        },
      ],
    });
    const section = map([], ["x"], [ended]);
    expect(section.resolved[0]).toMatchObject({ resolved: { display: "03-Feb-2020" }, ended: { reason: "Tolerated amoxicillin" } });
  });

  it("tells the clinician when 'no known drug allergy' contradicts a recorded drug allergy [HZ-EVID:nkda-contradiction]", () => {
    const nkda = allergy("n", {
      code: { coding: [{ system: "http://snomed.info/sct", code: "409137002", display: "No known drug allergy" }] },
      extension: [],
    });
    const both = map(["n", "a"], null, [nkda, allergy("a")]);
    expect(both).toMatchObject({ noKnownAllergies: false, noKnownAllergiesConflict: "No known drug allergy" });
    expect(both.active.map((a) => a.substance)).toEqual(["Allergy to penicillin"]);
    // Must-not-alert: a food allergy does not contradict "no known drug allergy".
    const food = map(["n", "f"], null, [nkda, allergy("f", { category: ["food"], code: { text: "Peanut" }, extension: [] })]);
    expect(food.noKnownAllergiesConflict).toBeNull();
  });

  it("reads GP Connect's empty List with emptyReason nilknown as a recorded negation", () => {
    const section = map([], null, [], { emptyReason: { coding: [{ code: "nilknown" }], text: "No known allergies" } });
    expect(section).toMatchObject({ noKnownAllergies: true, noKnownAllergiesText: "No known allergies" });
  });
});
