import { describe, expect, it } from "vitest";
import {
  CONFIDENTIALITY_SYSTEM_R4,
  CONFIDENTIALITY_SYSTEM_STU3,
  isRestrictedPatient,
  RESTRICTED_LABEL,
  withoutRestrictedPatients,
} from "./restricted-patient";

const patient = (security?: unknown[]) => ({ resourceType: "Patient", ...(security ? { meta: { security } } : {}) });

describe("restricted patient label", () => {
  it("must hide: R and V in the R4 and the STU3 confidentiality system [HZ-EVID:restricted-label-rule]", () => {
    expect(isRestrictedPatient(patient([RESTRICTED_LABEL]))).toBe(true);
    expect(isRestrictedPatient(patient([{ system: CONFIDENTIALITY_SYSTEM_R4, code: "V" }]))).toBe(true);
    expect(isRestrictedPatient(patient([{ system: CONFIDENTIALITY_SYSTEM_STU3, code: "R" }]))).toBe(true);
    // Among other labels, in any position.
    expect(
      isRestrictedPatient(patient([{ system: "http://terminology.hl7.org/CodeSystem/v3-ActReason", code: "HTEST" }, RESTRICTED_LABEL])),
    ).toBe(true);
  });

  it("must not hide: unrestricted, normal, no label, or an R in another code system [HZ-EVID:restricted-label-not-over-applied]", () => {
    expect(isRestrictedPatient(patient([{ system: CONFIDENTIALITY_SYSTEM_R4, code: "U", display: "unrestricted" }]))).toBe(false);
    expect(isRestrictedPatient(patient([{ system: CONFIDENTIALITY_SYSTEM_R4, code: "N" }]))).toBe(false);
    expect(isRestrictedPatient(patient())).toBe(false);
    expect(isRestrictedPatient(patient([{ system: "http://example.org/local", code: "R" }]))).toBe(false);
    expect(isRestrictedPatient(patient([{ code: "R" }]))).toBe(false);
    expect(isRestrictedPatient({ resourceType: "Patient", meta: { security: "R" } })).toBe(false);
  });

  it("a search loses restricted patients and counts them out of its total; a record about one is withheld", () => {
    const open = patient([{ system: CONFIDENTIALITY_SYSTEM_R4, code: "U" }]);
    const hidden = patient([RESTRICTED_LABEL]);
    const search = withoutRestrictedPatients({ type: "searchset", total: 2, entry: [{ resource: open }, { resource: hidden }] });
    expect(search).toEqual({ ok: true, withheld: 1, bundle: { type: "searchset", total: 1, entry: [{ resource: open }] } });
    expect(withoutRestrictedPatients({ type: "collection", entry: [{ resource: hidden }] })).toEqual({ ok: false, withheld: 1 });
    const plain = { type: "collection", entry: [{ resource: open }] };
    expect(withoutRestrictedPatients(plain)).toEqual({ ok: true, withheld: 0, bundle: plain });
  });
});
