import { describe, expect, it } from "vitest";
import { parseStructuredRecordParameters } from "./parameters";

const nhs = { name: "patientNHSNumber", valueIdentifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9681174003" } };
const parse = (...parameter: unknown[]) => parseStructuredRecordParameters({ resourceType: "Parameters", parameter }, "2026-11-01");

describe("structured record Parameters", () => {
  it("reads GP Connect parameter names and parts", () => {
    const { nhsNumber, sections } = parse(
      nhs,
      { name: "includeAllergies", part: [{ name: "includeResolvedAllergies", valueBoolean: false }] },
      {
        name: "includeMedication",
        part: [
          { name: "medicationSearchFromDate", valueDate: "2025-01-01" },
          { name: "includePrescriptionIssues", valueBoolean: false },
        ],
      },
      { name: "includeProblems", part: [{ name: "filterStatus", valueCode: "active" }] },
      { name: "includeConsultations", part: [{ name: "includeNumberOfMostRecent", valuePositiveInt: 3 }] },
      { name: "includeEndOfLife" },
    );
    expect(nhsNumber).toBe("9681174003");
    expect(sections).toEqual({
      allergies: { includeResolved: false },
      medication: { includeIssues: false, fromDate: "2025-01-01" },
      problems: { status: "active" },
      consultations: { mostRecent: 3 },
      endOfLife: {},
    });
  });

  it.each([
    ["an unknown parameter", [nhs, { name: "includeEverything" }], "INVALID_PARAMETER"],
    ["an unknown part", [nhs, { name: "includeMedication", part: [{ name: "colour", valueString: "red" }] }], "INVALID_PARAMETER"],
    [
      "a future from-date",
      [nhs, { name: "includeMedication", part: [{ name: "medicationSearchFromDate", valueDate: "2030-01-01" }] }],
      "INVALID_PARAMETER",
    ],
    [
      "both consultation filters",
      [
        nhs,
        {
          name: "includeConsultations",
          part: [
            { name: "includeNumberOfMostRecent", valuePositiveInt: 3 },
            { name: "consultationSearchPeriod", valuePeriod: { start: "2025-01-01" } },
          ],
        },
      ],
      "INVALID_PARAMETER",
    ],
    ["allergies without includeResolvedAllergies", [nhs, { name: "includeAllergies" }], "INVALID_PARAMETER"],
    ["no NHS number", [{ name: "includeProblems" }], "INVALID_RESOURCE"],
    [
      "a bad NHS number",
      [{ name: "patientNHSNumber", valueIdentifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: "1234567890" } }],
      "INVALID_NHS_NUMBER",
    ],
  ])("refuses %s", (_label, parameter, code) => {
    expect(() => parse(...(parameter as unknown[]))).toThrow(code);
  });

  it("refuses a body that is not Parameters", () => {
    expect(() => parseStructuredRecordParameters({ resourceType: "Patient" }, "2026-11-01")).toThrow("INVALID_RESOURCE");
  });
});
