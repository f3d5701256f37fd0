import { describe, expect, it } from "vitest";
import { indexBundle } from "../fhir/bundle-index";
import { bundle, gp, patient, practice } from "@/test/builders/fhir-bundles";
import { mapPatient, OUT_OF_HOURS_EXTENSION, practiceContact } from "./map-patient";

const now = new Date("2026-11-01T12:00:00Z");
function banner(over: Record<string, unknown>, ...others: Record<string, unknown>[]) {
  const indexed = indexBundle(bundle(patient(over), ...others));
  if (!indexed.ok) throw new Error("bad test bundle");
  return mapPatient(indexed.index, now);
}

describe("mapPatient", () => {
  it("fills the CUI banner from a complete Patient", () => {
    expect(banner({}, practice)).toEqual({
      name: "SMITH, Richard (Mr)",
      nhsNumber: "9000000009",
      nhsNumberDisplay: "900 000 0009",
      nhsNumberValid: true,
      birthDate: expect.objectContaining({ iso: "1945-07-14", display: "14-Jul-1945" }),
      born: "Born 14-Jul-1945 (81y)",
      age: "81y",
      gender: "Male",
      deceased: null,
      address: { lines: ["1 High Street", "Leeds"], postcode: "LS1 1AA", display: "1 High Street, Leeds, LS1 1AA" },
      phone: null,
      registeredPractice: { name: "Riverside Surgery", odsCode: "Y90001", phone: null, outOfHours: null },
      usualGp: null,
    });
  });

  it("names the registered practice from the reference when the Organization is not in the Bundle (search results)", () => {
    const gpRef = {
      reference: "Organization/nowhere",
      display: "Hillside Practice",
      identifier: { system: "https://fhir.nhs.uk/Id/ods-organization-code", value: "Y90077" },
    };
    expect(banner({ generalPractitioner: [gpRef] }).registeredPractice).toEqual({ name: "Hillside Practice", odsCode: "Y90077" });
    expect(banner({ generalPractitioner: [{ reference: "Organization/nowhere" }] }).registeredPractice).toBeNull();
  });

  it("prefers the current official name over an old or usual one", () => {
    const names = [
      { use: "official", family: "Jones", given: ["Mary"], period: { end: "2001-01-01" } },
      { use: "usual", family: "Smith", given: ["Molly"] },
      { use: "official", family: "Smith", given: ["Mary"], prefix: ["Mrs"] },
    ];
    expect(banner({ name: names }).name).toBe("SMITH, Mary (Mrs)");
  });

  it("shows a deceased patient's date of death and age at death", () => {
    const b = banner({ deceasedDateTime: "2026-09-20" });
    expect(b.deceased?.date.display).toBe("20-Sep-2026");
    expect(b.born).toBe("Born 14-Jul-1945 (died aged 81y)");
    expect(banner({ deceasedBoolean: true }).deceased).toEqual({ date: expect.objectContaining({ display: "Not recorded" }) });
  });

  it("copes with missing and odd values", () => {
    const b = banner({
      name: "x",
      identifier: [{ system: "other", value: "1" }],
      gender: "M",
      birthDate: "1945",
      address: [{ line: [42] }],
      generalPractitioner: undefined,
    });
    expect(b).toMatchObject({
      name: "Name not recorded",
      nhsNumber: null,
      nhsNumberDisplay: "Not recorded",
      nhsNumberValid: false,
      gender: "Not recorded",
      born: "Born 1945 (80–81y)",
      address: { lines: [], postcode: null, display: "Not recorded" },
      registeredPractice: null,
    });
  });

  it("shows but flags an NHS number that fails its check digit", () => {
    expect(banner({ identifier: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: "1234567890" }] })).toMatchObject({
      nhsNumberDisplay: "123 456 7890",
      nhsNumberValid: false,
    });
  });

  it("names the usual GP when the Patient links to a Practitioner", () => {
    const refs = [{ reference: "Organization/org-y90001" }, { reference: "Practitioner/pr-1" }];
    expect(banner({ generalPractitioner: refs }, practice, gp)).toMatchObject({
      usualGp: "Dr Alice Jones",
      registeredPractice: { odsCode: "Y90001" },
    });
  });

  it("carries the practice's phone number and out-of-hours arrangements from its Organization", () => {
    const contact = practiceContact({
      resourceType: "Organization",
      telecom: [
        { system: "phone", value: "01632 960000", period: { end: "2020-01-01" } },
        { system: "email", value: "x@example.invalid" },
        { system: "phone", value: "01632 960001" },
      ],
      extension: [{ url: OUT_OF_HOURS_EXTENSION, valueString: "When closed, phone NHS 111." }],
    });
    expect(contact).toEqual({ phone: "01632 960001", outOfHours: "When closed, phone NHS 111." });
    expect(practiceContact({ resourceType: "Organization" })).toEqual({ phone: null, outOfHours: null });
  });
});
