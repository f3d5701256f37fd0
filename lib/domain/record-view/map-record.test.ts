import { describe, expect, it } from "vitest";
import { baseBundle, bundle, list, patient, practice, withheldWarning } from "@/test/builders/fhir-bundles";
import { mapStructuredRecord } from "./map-record";

const now = new Date("2026-11-01T12:00:00Z");

describe("mapStructuredRecord: the envelope", () => {
  it.each([null, undefined, "text", 42, [], {}, { resourceType: "Bundle", entry: "nope" }, { resourceType: "Patient" }])(
    "returns a typed error, never throws, for %j",
    (input) => {
      const result = mapStructuredRecord(input, { now });
      expect(result).toMatchObject({ ok: false, error: { code: "not-a-bundle" } });
    },
  );

  it("passes on an OperationOutcome's GP Connect code", () => {
    const outcome = {
      resourceType: "OperationOutcome",
      issue: [{ severity: "error", code: "not-found", details: { coding: [{ code: "PATIENT_NOT_FOUND", display: "Patient not found" }] } }],
    };
    expect(mapStructuredRecord(outcome, { now })).toEqual({
      ok: false,
      error: { code: "operation-outcome", message: "Patient not found", detailsCode: "PATIENT_NOT_FOUND" },
    });
  });

  it("needs a Patient", () => {
    expect(mapStructuredRecord(bundle(practice), { now })).toMatchObject({ ok: false, error: { code: "no-patient" } });
  });

  it("maps a Bundle with only the patient: every section null, summary empty", () => {
    const result = mapStructuredRecord(bundle(patient()), { now });
    if (!result.ok) throw new Error("expected ok");
    expect(Object.values(result.record.sections).every((s) => s === null)).toBe(true);
    expect(result.record.medicationSafety).toBeNull();
    expect(result.record.summary).toMatchObject({ activeProblems: [], allergies: [], endOfLife: null, incomplete: [] });
    expect(result.record.patient.born).toBe("Born 14-Jul-1945 (81y)");
  });

  it("marks a requested but missing section as source unavailable", () => {
    const result = mapStructuredRecord(baseBundle(), { now, requested: ["problems"] });
    if (!result.ok) throw new Error("expected ok");
    expect(result.record.sections.problems?.completeness).toMatchObject({ status: "source-unavailable", shown: 0 });
    expect(result.record.sections.medications).toBeNull();
  });

  it("builds administrative items only when asked for", () => {
    const asked = mapStructuredRecord(baseBundle(), { now, requested: ["administrative"] });
    expect(asked.ok && asked.record.sections.administrative?.items.length).toBe(4);
    const notAsked = mapStructuredRecord(baseBundle(), { now });
    expect(notAsked.ok && notAsked.record.sections.administrative).toBeNull();
  });

  it("survives junk entries and counts unresolvable ones as unreadable", () => {
    const junk = {
      resourceType: "Bundle",
      entry: [
        { resource: patient() },
        {},
        { resource: { resourceType: "Condition" } },
        { resource: list("problems", ["Condition/missing"]) },
      ],
    };
    const result = mapStructuredRecord(junk, { now });
    if (!result.ok) throw new Error("expected ok");
    expect(result.record.sections.problems?.completeness).toMatchObject({ status: "items-unreadable", unreadable: 1, shown: 0 });
  });

  it("reports withheld items and date filters on the section and in the summary", () => {
    const result = mapStructuredRecord(baseBundle(list("problems", [], withheldWarning)), {
      now,
      dateFilters: { problems: { from: "2020-01-01", to: null } },
    });
    if (!result.ok) throw new Error("expected ok");
    expect(result.record.sections.problems?.completeness.reasons).toEqual(["items-withheld", "date-filter-applied"]);
    expect(result.record.summary.incomplete).toEqual(["items-withheld", "date-filter-applied"]);
  });

  it("keeps the source's warnings, e.g. sections not permitted for the role", () => {
    const warning = {
      resourceType: "OperationOutcome",
      issue: [{ severity: "warning", code: "suppressed", diagnostics: "Sections not permitted: medication" }],
    };
    const result = mapStructuredRecord(baseBundle(warning), { now });
    expect(result.ok && result.record.sourceMessages).toEqual(["Sections not permitted: medication"]);
  });
});
