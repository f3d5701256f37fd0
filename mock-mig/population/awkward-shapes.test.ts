// The demo patients for the awkward shapes real records have (issue 10): each shape is in the served Bundle as a
// real GP system would send it.
import type { AllergyIntolerance, Bundle, FhirResource, List, MedicationRequest, MedicationStatement, Observation, Patient } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { isRestrictedPatient } from "../../lib/domain/access/restricted-patient";
import { buildStructuredRecord } from "../fhir/build-record";
import { patientResource } from "../fhir/build-search";
import { ALL_SECTIONS } from "../fhir/sections";
import { EXTENSIONS, SYSTEMS } from "../fhir/systems";
import { demoNhsNumber } from "../index";
import { populationContext } from "./context";
import { demographicsByNhsNumber } from "./demographics";
import type { ScenarioId } from "./scenarios";

const record = (id: ScenarioId): Bundle => buildStructuredRecord(demoNhsNumber(id), ALL_SECTIONS);
const of = <T extends FhirResource>(b: Bundle, type: T["resourceType"]) =>
  (b.entry ?? []).map((e) => e.resource).filter((r): r is T => r?.resourceType === type);
const listed = (b: Bundle, code: string) =>
  of<List>(b, "List")
    .find((l) => l.code?.coding?.some((c) => c.code === code))
    ?.entry?.map((e) => e.item.reference) ?? [];
const codes = (c?: { coding?: { system?: string; code?: string }[] }) => (c?.coding ?? []).map((x) => `${x.system}|${x.code}`);

describe("awkward shapes in the mock's own data", () => {
  it("allergy statuses: the only penicillin allergy is entered in error (no clinicalStatus), codeine refuted, latex inactive, trimethoprim unconfirmed", () => {
    const b = record("allergy-statuses");
    const byText = new Map(of<AllergyIntolerance>(b, "AllergyIntolerance").map((a) => [a.code?.text, a]));
    const penicillin = byText.get("Allergy to penicillin")!;
    expect(penicillin.verificationStatus?.coding?.[0]?.code).toBe("entered-in-error");
    expect(penicillin.clinicalStatus).toBeUndefined();
    expect(byText.get("Allergy to codeine")?.verificationStatus?.coding?.[0]?.code).toBe("refuted");
    expect(byText.get("Allergy to trimethoprim")?.verificationStatus?.coding?.[0]?.code).toBe("unconfirmed");
    const latex = byText.get("Allergy to latex")!;
    expect(latex.clinicalStatus?.coding?.[0]?.code).toBe("inactive");
    expect(listed(b, "1103671000000101")).toEqual([`AllergyIntolerance/${latex.id}`]);
    // Amoxicillin is current: only a viewer that believed the entered-in-error entry would raise a conflict.
    expect(of<MedicationStatement>(b, "MedicationStatement").some((s) => s.medicationReference?.reference?.includes("amoxicillin"))).toBe(
      true,
    );
  });

  it("LOINC alongside SNOMED CT on vital signs, SNOMED first; smoking status has no LOINC", () => {
    const b = record("allergy-statuses");
    const bp = of<Observation>(b, "Observation").find((o) => o.code?.coding?.[0]?.code === "75367002")!;
    expect(codes(bp.code)).toEqual([`${SYSTEMS.snomed}|75367002`, "http://loinc.org|85354-9"]);
    expect(bp.component?.map((c) => codes(c.code))).toEqual([
      [`${SYSTEMS.snomed}|271649006`, "http://loinc.org|8480-6"],
      [`${SYSTEMS.snomed}|271650006`, "http://loinc.org|8462-4"],
    ]);
    const weight = of<Observation>(b, "Observation").find((o) => o.code?.coding?.[0]?.code === "27113001")!;
    expect(codes(weight.code)).toEqual([`${SYSTEMS.snomed}|27113001`, "http://loinc.org|29463-7"]);
  });

  it("no known drug allergy (SNOMED CT 409137002, no reaction) next to a later aspirin allergy", () => {
    const allergies = of<AllergyIntolerance>(record("no-known-drug-allergy"), "AllergyIntolerance");
    const nkda = allergies.find((a) => a.code?.coding?.[0]?.code === "409137002")!;
    expect([nkda.code?.coding?.[0]?.system, nkda.reaction, nkda.clinicalStatus?.coding?.[0]?.code]).toEqual([
      SYSTEMS.snomed,
      undefined,
      "active",
    ]);
    expect(allergies.map((a) => a.code?.text)).toContain("Allergy to aspirin");
  });

  it("medication with no course type, issued by a hospital and by a practice where the patient was a temporary resident", () => {
    const b = record("medication-unstated-type");
    const plans = of<MedicationRequest>(b, "MedicationRequest").filter((r) => r.intent === "plan");
    const unstated = plans.filter((p) => p.courseOfTherapyType === undefined);
    expect(unstated.map((p) => [p.status, p.medicationReference?.reference])).toEqual([["active", expect.stringContaining("omeprazole")]]);
    const kinds = of<MedicationStatement>(b, "MedicationStatement").map(
      (s) =>
        (s.extension?.find((e) => e.url === EXTENSIONS.prescribingOrganisation)?.extension ?? []).find((e) => e.url === "kind")?.valueCode,
    );
    expect(new Set(kinds)).toEqual(new Set(["registered-practice", "hospital", "temporary-resident"]));
  });

  it("ordinary contacts: next of kin and emergency contact on the Patient, the wife as a RelatedPerson on no List, no end-of-life data", () => {
    const b = record("ordinary-contacts");
    const patient = of<Patient>(b, "Patient")[0]!;
    expect(patient.contact?.map((c) => [c.relationship?.[0]?.coding?.[0]?.code, c.relationship?.[1]?.text])).toEqual([
      ["N", "Wife"],
      ["C", "Neighbour"],
    ]);
    const [wife] = of<FhirResource & { id?: string; relationship?: { text?: string }[] }>(b, "RelatedPerson");
    expect(wife?.relationship?.[0]?.text).toBe("Wife");
    const everyListed = of<List>(b, "List").flatMap((l) => l.entry?.map((e) => e.item.reference) ?? []);
    expect(everyListed).not.toContain(`RelatedPerson/${wife?.id}`);
    expect(listed(b, "end-of-life")).toEqual([]);
  });

  it("very restricted: the Patient carries v3 Confidentiality V and the patient is not found", () => {
    const d = demographicsByNhsNumber(populationContext(), demoNhsNumber("very-restricted"))!;
    expect(patientResource(d).meta?.security).toEqual([
      { system: "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", code: "V", display: "very restricted" },
    ]);
    expect(isRestrictedPatient(patientResource(d))).toBe(true);
    expect(() => record("very-restricted")).toThrow(/PATIENT_NOT_FOUND/);
  });

  it("the generated sensitive patient is labelled R as PDS marks it, and only that label hides it [HZ-EVID:restricted-generator-label]", () => {
    const sensitive = demographicsByNhsNumber(populationContext(), demoNhsNumber("sensitive"))!;
    expect(patientResource(sensitive).meta?.security).toEqual([
      { system: "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", code: "R", display: "restricted" },
    ]);
    const ordinary = demographicsByNhsNumber(populationContext(), demoNhsNumber("ordinary"))!;
    expect(patientResource(ordinary).meta?.security).toBeUndefined();
    expect(isRestrictedPatient(patientResource(ordinary))).toBe(false);
  });
});
