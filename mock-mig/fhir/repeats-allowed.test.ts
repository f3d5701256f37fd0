// numberOfRepeatsAllowed in its published meaning, generated and read back. FHIR R4: "the number of times, in addition
// to the original dispense, that the patient can receive the prescribed medication" (MedicationRequest
// .dispenseRequest.numberOfRepeatsAllowed); GP Connect STU3 numberOfRepeatPrescriptionsAllowed: "no concept of an
// initial dispense … the total number of allowed issues". A repeat authorised for N issues is therefore R4
// numberOfRepeatsAllowed N - 1 and GP Connect N, and the viewer shows "n of N" either way.
import type { Bundle, FhirResource, MedicationRequest } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { mapStructuredRecord } from "@/lib/domain/record-view/map-record";
import { generateRecord } from "../clinical/generate-record";
import { populationContext } from "../population/context";
import { demographicsByNhsNumber } from "../population/demographics";
import { buildStructuredRecord } from "./build-record";
import { toStu3Bundle } from "./stu3/to-stu3";

const NHS = "9681174003"; // ARKWRIGHT: current repeats
const now = new Date("2026-11-01T12:00:00Z");
const plans = (b: Bundle<FhirResource>): MedicationRequest[] =>
  (b.entry ?? []).flatMap((e) => (e.resource?.resourceType === "MedicationRequest" && e.resource.intent === "plan" ? [e.resource] : []));

describe("numberOfRepeatsAllowed (R4) and numberOfRepeatPrescriptionsAllowed (GP Connect STU3)", () => {
  const ctx = populationContext();
  const record = generateRecord(ctx, demographicsByNhsNumber(ctx, NHS)!);
  const r4 = buildStructuredRecord(NHS, { medication: { includeIssues: true } }) as Bundle<FhirResource>;
  const maxByPlan = new Map(record.medications.filter((m) => m.maxIssues !== undefined).map((m) => [m.key, m.maxIssues!]));

  it("generates R4 repeats as the issues after the first", () => {
    const checked = plans(r4).filter((p) => p.dispenseRequest?.numberOfRepeatsAllowed !== undefined);
    expect(checked.length).toBeGreaterThan(0);
    for (const plan of checked) {
      const max = [...maxByPlan].find(([key]) => plan.id?.endsWith(`-mr-${key}`))?.[1];
      expect(plan.dispenseRequest?.numberOfRepeatsAllowed, plan.id).toBe(max! - 1);
    }
  });

  it("answers GP Connect STU3 with the total number of issues, and both read as the same maximum", () => {
    const stu3 = toStu3Bundle(r4) as unknown as Bundle<FhirResource>;
    const allowed = (p: MedicationRequest) =>
      p.extension
        ?.find((e) => e.url.endsWith("Extension-CareConnect-GPC-MedicationRepeatInformation-1"))
        ?.extension?.find((e) => e.url === "numberOfRepeatPrescriptionsAllowed")?.valueUnsignedInt;
    for (const plan of plans(r4).filter((p) => p.dispenseRequest?.numberOfRepeatsAllowed !== undefined)) {
      const twin = plans(stu3).find((p) => p.id === plan.id)!;
      expect(allowed(twin), plan.id).toBe(plan.dispenseRequest!.numberOfRepeatsAllowed! + 1);
    }
    const a = mapStructuredRecord(r4, { now });
    const b = mapStructuredRecord(stu3, { now });
    if (!a.ok || !b.ok) throw new Error("not mapped");
    const maxima = (r: typeof a.record) => r.sections.medications?.currentRepeat.map((m) => [m.name, m.issueCount, m.maxIssues]);
    expect(maxima(b.record)).toEqual(maxima(a.record));
    // What the clinician sees is the generator's own maximum: "n of 6" for a course authorised for 6 issues.
    const shown = (a.record.sections.medications?.currentRepeat ?? []).filter((m) => m.maxIssues !== null);
    expect(shown.length).toBeGreaterThan(0);
    for (const item of shown) {
      const max = [...maxByPlan].find(([key]) => item.id.endsWith(`-ms-${key}`))?.[1];
      expect(item.maxIssues, item.name).toBe(max);
    }
  });
});
