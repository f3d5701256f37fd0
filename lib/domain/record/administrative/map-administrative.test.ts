import { describe, expect, it } from "vitest";
import { indexBundle } from "../fhir/bundle-index";
import { bundle, patient, practice } from "../fhir/test-bundles";
import { mapAdministrative } from "./map-administrative";

function map(...resources: Record<string, unknown>[]) {
  const indexed = indexBundle(bundle(...resources));
  if (!indexed.ok) throw new Error("bad test bundle");
  return mapAdministrative(indexed.index);
}

describe("mapAdministrative", () => {
  it("shows registration and NHS number status, and says the GP's own admin items were not retrieved", () => {
    const verified = { url: "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus", valueCodeableConcept: { coding: [{ code: "01", display: "Number present and verified" }] } };
    const section = map(patient({ identifier: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: "9000000009", extension: [verified] }] }), { ...practice, partOf: { display: "NHS Leeds CCG" } });
    expect(section.items.map((i) => [i.label, i.value])).toEqual([
      ["Registered GP practice", "Riverside Surgery (Y90001)"],
      ["Commissioning organisation", "NHS Leeds CCG"],
      ["NHS number status", "Number present and verified"],
    ]);
    expect(section.completeness.status).toBe("source-unavailable");
  });

  it("says Not recorded when the practice and verification are missing", () => {
    expect(map(patient({ generalPractitioner: [] })).items.map((i) => i.value)).toEqual(["Not recorded", "Not recorded", "Not recorded"]);
  });
});
