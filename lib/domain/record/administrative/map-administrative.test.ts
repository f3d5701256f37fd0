import { describe, expect, it } from "vitest";
import { indexBundle } from "../fhir/bundle-index";
import { bundle, patient, practice } from "@/test/builders/fhir-bundles";
import { mapAdministrative } from "./map-administrative";
import { sectionInput } from "../section-registry/section-input";
import administrativeSection from "../sections/administrative";

function map(...resources: Record<string, unknown>[]) {
  const indexed = indexBundle(bundle(...resources));
  if (!indexed.ok) throw new Error("bad test bundle");
  return mapAdministrative(sectionInput(administrativeSection, indexed.index));
}

describe("mapAdministrative", () => {
  it("shows registration, the practice's phone and NHS number status, complete for what the registration holds", () => {
    const verified = {
      url: "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus",
      valueCodeableConcept: { coding: [{ code: "01", display: "Number present and verified" }] },
    };
    const section = map(
      patient({ identifier: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: "9000000009", extension: [verified] }] }),
      {
        ...practice,
        partOf: { display: "NHS Leeds CCG" },
        telecom: [
          { system: "email", value: "x@example.invalid" },
          { system: "phone", value: "0113 496 0000" },
        ],
      },
    );
    expect(section.items.map((i) => [i.label, i.value])).toEqual([
      ["Registered GP practice", "Riverside Surgery (Y90001)"],
      ["Practice telephone", "0113 496 0000"],
      ["Commissioning organisation", "NHS Leeds CCG"],
      ["NHS number status", "Number present and verified"],
    ]);
    // Nothing was asked of the gateway, so nothing could fail to arrive: no "could not be fetched" banner.
    expect(section.completeness).toMatchObject({ status: "complete", reasons: [] });
  });

  it("says Not recorded when the practice and verification are missing", () => {
    expect(map(patient({ generalPractitioner: [] })).items.map((i) => i.value)).toEqual([
      "Not recorded",
      "Not recorded",
      "Not recorded",
      "Not recorded",
    ]);
  });
});
