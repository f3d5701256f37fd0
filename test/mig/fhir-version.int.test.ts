// The mock MIG over HTTP answers the structured record as GP Connect STU3 or UK Core R4: per request (Accept
// fhirVersion), per practice (fault configuration) and by default for practices whose ODS code ends in 0.
import { beforeAll, describe, expect, it } from "vitest";
import { demoNhsNumber } from "@/mock-mig";
import { mapStructuredRecord } from "@/lib/domain/record-view/map-record";
import { RECORD, recordParameters, schemaErrors, token } from "./helpers";
import { useMig } from "./use-mig";

const STU3_BUNDLE = "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1";
const mig = useMig({ MIG_FAULTS: JSON.stringify({ practices: { Y90001: { fhirVersion: "STU3" } } }) });
let bearer = "";
beforeAll(async () => {
  bearer = await token();
});

async function fetchRecord(nhsNumber: string, accept?: string) {
  const res = await fetch(`${mig().url}${RECORD}`, {
    method: "POST",
    headers: { "content-type": "application/fhir+json", authorization: `Bearer ${bearer}`, ...(accept ? { accept } : {}) },
    body: JSON.stringify(recordParameters(nhsNumber)),
  });
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: (await res.json()) as { meta?: { profile?: string[] } } };
}

describe("the structured record in either version", () => {
  it("answers STU3 by default at an STU3 practice (Y90020), and R4 when the request asks for 4.0", async () => {
    const nhs = demoNhsNumber("allergy-entered-in-error");
    const stu3 = await fetchRecord(nhs);
    expect(stu3.type).toMatch(/fhirVersion=3\.0/);
    expect(stu3.body.meta?.profile).toEqual([STU3_BUNDLE]);
    const r4 = await fetchRecord(nhs, "application/fhir+json; fhirVersion=4.0");
    expect(r4.type).toMatch(/fhirVersion=4\.0/);
    expect(schemaErrors(r4.body)).toEqual([]);
    const now = new Date("2026-11-01T12:00:00Z");
    const a = mapStructuredRecord(stu3.body, { now });
    const b = mapStructuredRecord(r4.body, { now });
    expect(a.ok && b.ok && a.record.sections.allergies).toEqual(b.ok && b.record.sections.allergies);
  });

  it("answers STU3 when the practice is configured so, and when the request asks for 3.0", async () => {
    const ordinary = demoNhsNumber("ordinary"); // practice Y90001, configured STU3 above
    expect((await fetchRecord(ordinary)).type).toMatch(/fhirVersion=3\.0/);
    const twin = demoNhsNumber("allergy-entered-in-error-r4-twin"); // Y90019: R4 by default
    expect((await fetchRecord(twin)).type).toMatch(/fhirVersion=4\.0/);
    expect((await fetchRecord(twin, "application/fhir+json; fhirVersion=3.0")).body.meta?.profile).toEqual([STU3_BUNDLE]);
  });
});
