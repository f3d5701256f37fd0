// A record served as GP Connect STU3 must read exactly as its UK Core R4 twin: the mock's R4 record, written as STU3
// and read back through the viewer's one reading layer, gives the same view model — for every demo patient and a
// sample of the generated population. The STU3 answer is STU3-shaped (not R4), checked by a narrow schema of what the
// viewer reads, and the R4 answer stays valid R4.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { mapStructuredRecord } from "@/lib/domain/record-view/map-record";
import { fhirVersionOf } from "@/lib/domain/record/fhir/stu3/detect-version";
import { schemaErrors } from "@/test/mig/helpers";
import { ALL_SECTIONS, buildStructuredRecord, nhsNumberOfIndex, SCENARIOS } from "../../index";
import { answerVersion, defaultVersion, requestedVersion } from "./answer-version";
import { STU3_BUNDLE_PROFILE, toStu3Bundle } from "./to-stu3";

const now = new Date("2026-11-01T12:00:00Z");

/**
 * GP Connect's fixed "unconfirmed" carries no meaning, so neither an R4 "confirmed" nor an R4 "unconfirmed" has an STU3
 * twin: compared without them (refuted and entered-in-error do travel, and are compared).
 */
function comparable(view: unknown): unknown {
  return JSON.parse(JSON.stringify(view), (key, value: unknown) =>
    key === "verification" && (value === "confirmed" || value === "unconfirmed") ? undefined : value,
  );
}

function both(nhsNumber: string) {
  const r4 = buildStructuredRecord(nhsNumber, ALL_SECTIONS);
  const stu3 = toStu3Bundle(r4);
  const a = mapStructuredRecord(r4, { now });
  const b = mapStructuredRecord(stu3, { now });
  if (!a.ok || !b.ok) throw new Error(`${nhsNumber}: not mapped`);
  return { r4, stu3, a: a.record, b: b.record };
}

// Narrow STU3 shapes for what the viewer reads: where R4 changed a field's type, the STU3 shape is required.
const stu3Allergy = z.looseObject({
  resourceType: z.literal("AllergyIntolerance"),
  clinicalStatus: z.enum(["active", "inactive", "resolved"]),
  verificationStatus: z.enum(["unconfirmed", "confirmed", "refuted", "entered-in-error"]),
  assertedDate: z.string().optional(),
  recordedDate: z.never().optional(),
});
const stu3Condition = z.looseObject({
  resourceType: z.literal("Condition"),
  clinicalStatus: z.string().optional(),
  recordedDate: z.never().optional(),
});
const stu3Statement = z.looseObject({ resourceType: z.literal("MedicationStatement"), taken: z.enum(["y", "n", "unk", "na"]) });
const stu3Request = z.looseObject({
  resourceType: z.literal("MedicationRequest"),
  courseOfTherapyType: z.never().optional(),
  requester: z.looseObject({ agent: z.looseObject({ reference: z.string() }) }).optional(),
});
const stu3Flag = z.looseObject({ resourceType: z.literal("Flag"), category: z.looseObject({ coding: z.array(z.unknown()) }).optional() });
const STU3_SHAPES: Record<string, z.ZodType> = {
  AllergyIntolerance: stu3Allergy,
  Condition: stu3Condition,
  MedicationStatement: stu3Statement,
  MedicationRequest: stu3Request,
  Flag: stu3Flag,
};

function stu3Problems(bundle: Record<string, unknown>): string[] {
  const resources = (bundle.entry as { resource: Record<string, unknown> }[]).flatMap((e) => [
    e.resource,
    ...((e.resource.contained as Record<string, unknown>[] | undefined) ?? []),
  ]);
  return resources.flatMap((r) => {
    const shape = STU3_SHAPES[String(r.resourceType)];
    const parsed = shape?.safeParse(r);
    return parsed && !parsed.success ? [`${String(r.resourceType)}/${String(r.id)}: ${parsed.error.message}`] : [];
  });
}

const demo = SCENARIOS.filter((s) => !s.sensitive).map((s) => [s.id, nhsNumberOfIndex(s.index)] as const);
const sample = [7, 1_234, 55_555, 400_001, 777_777, 1_099_999].map((i) => [`population #${i}`, nhsNumberOfIndex(i)] as const);

describe("a record served as GP Connect STU3 reads the same as its UK Core R4 twin", () => {
  it.each([...demo, ...sample])("%s [HZ-EVID:stu3-reads-as-r4]", (_label, nhsNumber) => {
    const { stu3, a, b } = both(nhsNumber);
    expect(fhirVersionOf(stu3)).toBe("STU3");
    expect(comparable(b)).toEqual(comparable(a));
  });

  it("answers STU3 in STU3 shapes: GP Connect envelope, resolved allergies contained, STU3 field types", () => {
    const { stu3 } = both(nhsNumberOfIndex(SCENARIOS.find((s) => s.id === "allergy-conflict")!.index));
    expect(stu3.meta).toEqual({ profile: [STU3_BUNDLE_PROFILE] });
    expect(stu3Problems(stu3)).toEqual([]);
    const lists = (stu3.entry as { resource: Record<string, unknown> }[]).map((e) => e.resource).filter((r) => r.resourceType === "List");
    const resolved = lists.find((l) => JSON.stringify(l.code).includes("1103671000000101"));
    expect((resolved?.contained as unknown[]).length).toBe(1);
    // Not R4: the R4 schema refuses it, so an STU3 answer can never pass as R4.
    expect(schemaErrors(stu3).length).toBeGreaterThan(0);
  });

  it("keeps the R4 answer valid R4 [HZ-EVID:served-r4-valid]", () => {
    const { r4 } = both(nhsNumberOfIndex(SCENARIOS.find((s) => s.id === "allergy-conflict")!.index));
    expect(schemaErrors(r4)).toEqual([]);
  });
});

describe("which version a request is answered in", () => {
  it("follows the Accept header's fhirVersion, then the practice's setting, then the default share", () => {
    expect(requestedVersion("application/fhir+json; fhirVersion=3.0")).toBe("STU3");
    expect(requestedVersion("application/fhir+json;fhirVersion=4.0")).toBe("R4");
    expect(requestedVersion("application/fhir+json")).toBeNull();
    expect(defaultVersion("Y90010")).toBe("STU3");
    expect(defaultVersion("Y90011")).toBe("R4");
    expect(answerVersion("application/fhir+json; fhirVersion=4.0", "STU3", "Y90010")).toBe("R4");
    expect(answerVersion(undefined, "STU3", "Y90011")).toBe("STU3");
    expect(answerVersion(undefined, undefined, "Y90020")).toBe("STU3");
  });
});
