// The safety panel's "checked N current medications" must be what the clinician can see on the Summary: medication
// with no stated course type used to be checked but shown nowhere on the Summary (issue 10).
import { describe, expect, it } from "vitest";
import { baseBundle, list, type Json } from "@/test/builders/fhir-bundles";
import { MIG } from "../record/fhir/systems";
import { mapStructuredRecord } from "./map-record";

const now = new Date("2026-11-01T12:00:00Z");

function med(id: string, name: string, ingredient: string): Json {
  return {
    resourceType: "Medication",
    id,
    code: { text: name },
    ingredient: [{ itemCodeableConcept: { coding: [{ system: `${MIG}CodeSystem/drug-ingredient`, code: ingredient }] } }],
  };
}

function course(id: string, medId: string, courseType: string | null, lastIssued: string, intent = "plan"): Json[] {
  const plan: Json = {
    resourceType: "MedicationRequest",
    id: `${id}-plan`,
    intent,
    status: "active",
    subject: { reference: "Patient/pat-1" },
    medicationReference: { reference: `Medication/${medId}` },
    authoredOn: "2026-06-01",
    dispenseRequest: { quantity: { value: 28, unit: "tablet" } },
    ...(courseType ? { courseOfTherapyType: { coding: [{ code: courseType }] } } : {}),
  };
  const statement: Json = {
    resourceType: "MedicationStatement",
    id,
    status: "active",
    basedOn: [{ reference: `MedicationRequest/${id}-plan` }],
    medicationReference: { reference: `Medication/${medId}` },
    effectivePeriod: { start: "2026-06-01" },
    dosage: [{ text: "One tablet daily" }],
    extension: [
      { url: "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationStatementLastIssueDate", valueDateTime: lastIssued },
    ],
  };
  return [statement, plan];
}

function record(...courses: Json[][]) {
  const resources = courses.flat();
  const ids = resources.filter((r) => r.resourceType === "MedicationStatement").map((r) => `MedicationStatement/${String(r.id)}`);
  const result = mapStructuredRecord(
    baseBundle(
      list("medication", ids),
      med("m-aml", "Amlodipine 5mg tablets", "amlodipine"),
      med("m-sim", "Simvastatin 40mg tablets", "simvastatin"),
      med("m-ome", "Omeprazole 20mg capsules", "omeprazole"),
      med("m-ibu", "Ibuprofen 400mg tablets", "ibuprofen"),
      ...resources,
    ),
    { now, requested: ["medications"] },
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.record;
}

const shownOnSummary = (r: ReturnType<typeof record>) => [
  ...r.summary.currentRepeat,
  ...r.summary.recentAcute,
  ...(r.summary.currentTypeNotRecorded ?? []),
];

describe("the medication the safety panel checked is the medication the Summary shows", () => {
  it("lists active medication with no course type on the Summary, and the checked count equals what is shown [HZ-EVID:unknown-type-medication-shown]", () => {
    const r = record(
      course("ms-1", "m-aml", "continuous", "2026-10-10"),
      course("ms-2", "m-sim", null, "2026-10-12"),
      course("ms-3", "m-ome", null, "2026-10-14"),
    );
    expect(r.summary.currentTypeNotRecorded?.map((m) => m.name)).toEqual(["omeprazole 20mg capsules", "simvastatin 40mg tablets"]);
    expect(r.medicationSafety?.currentMedicationCount).toBe(3);
    expect(shownOnSummary(r)).toHaveLength(r.medicationSafety?.currentMedicationCount ?? -1);
  });

  it("does not count, check or show a medication option as current medication", () => {
    const r = record(course("ms-1", "m-aml", "continuous", "2026-10-10"), course("ms-4", "m-ibu", "acute", "2026-10-20", "option"));
    const meds = r.sections.medications;
    expect(meds?.options?.map((m) => m.name)).toEqual(["ibuprofen 400mg tablets"]);
    expect(meds?.all.map((m) => m.name)).toEqual(["amlodipine 5mg tablets"]);
    expect(r.medicationSafety?.currentMedicationCount).toBe(1);
    expect(shownOnSummary(r)).toHaveLength(1);
  });
});
