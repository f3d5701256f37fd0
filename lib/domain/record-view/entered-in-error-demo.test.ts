// The issue 10 demo patient through the viewer's mapping, in both versions the mock answers: the only penicillin
// allergy is entered in error, and amoxicillin was issued last week.
import { describe, expect, it } from "vitest";
import { ALL_SECTIONS, buildStructuredRecord, demoNhsNumber } from "@/mock-mig";
import { toStu3Bundle } from "@/mock-mig/fhir/stu3/to-stu3";
import { mapStructuredRecord } from "./map-record";

const now = new Date("2026-11-01T12:00:00Z");

describe("an allergy entered in error is never a finding", () => {
  it.each(["R4", "STU3"] as const)(
    "%s: no penicillin allergy, no allergy conflict, the entry counted as entered in error [HZ-EVID:allergy-eie-no-conflict]",
    (version) => {
      const r4 = buildStructuredRecord(demoNhsNumber("allergy-entered-in-error"), ALL_SECTIONS);
      const result = mapStructuredRecord(version === "R4" ? r4 : toStu3Bundle(r4), { now });
      if (!result.ok) throw new Error(result.error.message);
      const r = result.record;
      expect(r.sections.allergies).toMatchObject({ active: [], resolved: [], enteredInError: 1 });
      expect(r.summary.allergies).toEqual([]);
      expect((r.medicationSafety?.findings ?? []).filter((f) => f.kind === "allergy-conflict")).toEqual([]);
      // Must-alert twin: the same record with the allergy confirmed raises the conflict.
      const confirmed = JSON.parse(JSON.stringify(r4).replace('"entered-in-error"', '"confirmed"')) as unknown;
      const alerting = mapStructuredRecord(version === "R4" ? confirmed : toStu3Bundle(confirmed as typeof r4), { now });
      if (!alerting.ok) throw new Error(alerting.error.message);
      expect(alerting.record.medicationSafety?.findings.some((f) => f.kind === "allergy-conflict")).toBe(true);
    },
  );
});
