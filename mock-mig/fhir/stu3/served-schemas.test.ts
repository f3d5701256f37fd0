// What the mock MIG serves is valid FHIR of the version it says: every demo patient's structured record, answered as
// UK Core R4, is valid against the FHIR R4 JSON schema; answered as GP Connect STU3, every resource in it (and the
// Bundle envelope) is valid against HL7's FHIR STU3 JSON schema (the one the importer checks STU3 files with,
// mock-mig/import/schemas). (That an STU3 answer is refused by the R4 schema is in to-stu3.test.ts.)
import type { Bundle } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { schemaErrors } from "@/test/mig/helpers";
import { ALL_SECTIONS, buildStructuredRecord, MigError, nhsNumberOfIndex, SCENARIOS } from "../../index";
import { schemaProblems } from "../../import/schema-check";
import { toStu3Bundle } from "./to-stu3";

type Entry = { resource: { resourceType: string; id?: string } };

function stu3Problems(bundle: Bundle): string[] {
  const { entry, ...envelope } = bundle as unknown as { entry: Entry[] } & { resourceType: string };
  return [
    ...schemaProblems({ ...envelope, entry: [] } as { resourceType: string }, "STU3").map((p) => `Bundle ${p}`),
    ...entry.flatMap((e) => schemaProblems(e.resource, "STU3").map((p) => `${e.resource.resourceType}/${e.resource.id ?? "?"} ${p}`)),
  ];
}

describe("served records validate against their own version's JSON schema", () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: R4 answer valid R4, STU3 answer valid STU3 [HZ-EVID:served-r4-valid]`, () => {
      let r4: Bundle;
      try {
        r4 = buildStructuredRecord(nhsNumberOfIndex(scenario.index), ALL_SECTIONS);
      } catch (error) {
        // A restricted patient's record is never served, in either version.
        expect(error instanceof MigError && error.code).toBe("PATIENT_NOT_FOUND");
        return;
      }
      expect(schemaErrors(r4)).toEqual([]);
      expect(stu3Problems(toStu3Bundle(r4) as unknown as Bundle)).toEqual([]);
    });
  }
});
