import { readFileSync } from "node:fs";
import path from "node:path";
import type { Bundle, FhirResource, List, Medication, MedicationRequest, MedicationStatement } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { buildStructuredRecord } from "../fhir/build-record";
import { ALL_SECTIONS } from "../fhir/sections";
import { EXTENSIONS } from "../fhir/systems";
import { scenarioEntries, withTable } from "../tools/write-scenarios";
import { demoNhsNumber } from "../index";
import type { ScenarioId } from "./scenarios";

const record = (id: ScenarioId): Bundle => buildStructuredRecord(demoNhsNumber(id), ALL_SECTIONS);
const of = <T extends FhirResource>(b: Bundle, type: T["resourceType"]) =>
  (b.entry ?? []).map((e) => e.resource).filter((r): r is T => r?.resourceType === type);
const ext = (r: { extension?: { url: string }[] }, url: string) => r.extension?.find((e) => e.url === url);
const medicationOf = (b: Bundle, s: MedicationStatement) =>
  of<Medication>(b, "Medication").find((m) => `Medication/${m.id}` === s.medicationReference?.reference);
const kindOf = (s: MedicationStatement) =>
  (ext(s, EXTENSIONS.prescribingOrganisation) as { extension?: { url: string; valueCode?: string }[] } | undefined)?.extension?.find(
    (e) => e.url === "kind",
  )?.valueCode;

describe("demo patients", () => {
  it("scenarios.json and the README table are up to date", () => {
    const dir = path.join(__dirname, "..");
    expect(JSON.parse(readFileSync(path.join(dir, "scenarios.json"), "utf8"))).toEqual(scenarioEntries());
    for (const file of [path.join(dir, "README.md"), path.join(dir, "..", "README.md")]) {
      const readme = readFileSync(file, "utf8");
      expect(readme).toContain("<!-- scenarios:start -->");
      expect(withTable(readme)).toBe(readme);
    }
  });

  it("ordinary: current repeats issued within the last two months of the reference date", () => {
    const b = record("ordinary");
    const active = of<MedicationStatement>(b, "MedicationStatement").filter((s) => s.status === "active");
    expect(active.length).toBeGreaterThanOrEqual(2);
    for (const s of active)
      expect((ext(s, EXTENSIONS.lastIssueDate) as { valueDateTime?: string }).valueDateTime! >= "2026-09-01").toBe(true);
  });

  it("multiple organisations: same drug from two organisations and same-class duplicates", () => {
    const b = record("multiple-organisations");
    const statements = of<MedicationStatement>(b, "MedicationStatement");
    expect(new Set(statements.map(kindOf))).toEqual(new Set(["registered-practice", "temporary-resident", "out-of-hours"]));
    const omeprazole = statements.filter(
      (s) => medicationOf(b, s)?.ingredient?.[0]?.itemCodeableConcept?.coding?.[0]?.code === "omeprazole",
    );
    expect(new Set(omeprazole.map(kindOf)).size).toBeGreaterThan(1);
    const classes = statements.map(
      (s) => (ext(medicationOf(b, s)!, EXTENSIONS.drugClass) as { valueCoding?: { code?: string } }).valueCoding?.code,
    );
    expect(classes.filter((c) => c === "ppi").length).toBeGreaterThan(1);
    expect(classes.filter((c) => c === "nsaid").length).toBeGreaterThan(1);
  });

  it("early controlled drugs: several issues of a schedule drug within weeks", () => {
    const b = record("early-controlled-drugs");
    const cd = of<MedicationRequest>(b, "MedicationRequest").filter(
      (r) => r.intent === "order" && r.medicationReference?.reference === "Medication/med-codeine-30mg-tab",
    );
    expect(cd.length).toBeGreaterThanOrEqual(6);
    const med = of<Medication>(b, "Medication").find((m) => m.id === "med-codeine-30mg-tab")!;
    expect(ext(med, EXTENSIONS.controlledDrug)).toBeDefined();
  });

  it("allergy conflict: a penicillin allergy and a penicillin issued", () => {
    const b = record("allergy-conflict");
    const allergyClasses = of<FhirResource & { extension?: { url: string; valueCoding?: { code?: string } }[] }>(
      b,
      "AllergyIntolerance",
    ).map((a) => a.extension?.[0]?.valueCoding?.code);
    expect(allergyClasses).toContain("penicillin");
    const medClasses = of<Medication>(b, "Medication").map(
      (m) => (ext(m, EXTENSIONS.drugClass) as { valueCoding?: { code?: string } }).valueCoding?.code,
    );
    expect(medClasses).toContain("penicillin");
  });

  it("withheld items: Lists carry the confidential-items warning and note", () => {
    const lists = of<List>(record("withheld-items"), "List");
    const flagged = lists.filter((l) =>
      l.extension?.some((e) => e.url === EXTENSIONS.listWarning && (e as { valueCode?: string }).valueCode === "confidential-items"),
    );
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    for (const l of flagged) expect(l.note?.[0]?.text).toMatch(/Items excluded due to confidentiality/);
  });

  it("empty record: every List empty with an emptyReason", () => {
    const lists = of<List>(record("empty-record"), "List");
    expect(lists.length).toBe(11);
    for (const l of lists) {
      expect(l.entry).toBeUndefined();
      expect(l.emptyReason?.coding?.[0]?.code).toBe("no-content-recorded");
    }
  });

  it("long record: hundreds of issues", () => {
    const issues = of<MedicationRequest>(record("long-record"), "MedicationRequest").filter((r) => r.intent === "order");
    expect(issues.length).toBeGreaterThan(500);
  });

  it("deceased and sensitive patients", () => {
    expect(of(record("deceased"), "Patient")[0]).toHaveProperty("deceasedDateTime", "2026-09-20");
    expect(() => record("sensitive")).toThrow(/PATIENT_NOT_FOUND/);
  });

  it("frail elderly: full end-of-life dataset", () => {
    const b = record("frail-end-of-life");
    const codes = of<FhirResource & { code?: { coding?: { code?: string }[] } }>(b, "Observation").map((o) => o.code?.coding?.[0]?.code);
    for (const c of [
      "cpr-decision",
      "preferred-place-of-care",
      "preferred-place-of-death",
      "anticipatory-medicines-location",
      "home-access",
      "plan-updated",
    ])
      expect(codes).toContain(c);
    // ReSPECT is a CarePlan, the ADRT a Consent with scope "adr".
    expect(of<FhirResource & { description?: string }>(b, "CarePlan").map((p) => p.description)).toHaveLength(1);
    expect(of<FhirResource & { scope?: { coding?: { code?: string }[] } }>(b, "Consent").map((c) => c.scope?.coding?.[0]?.code)).toEqual([
      "adr",
    ]);
    const roles = of<FhirResource & { relationship?: { coding?: { code?: string }[] }[] }>(b, "RelatedPerson").map(
      (r) => r.relationship?.[0]?.coding?.[0]?.code,
    );
    expect(roles).toEqual(expect.arrayContaining(["lpa-health-welfare", "next-of-kin", "main-carer", "key-worker"]));
    const anticipatory = of<MedicationStatement>(b, "MedicationStatement").filter((s) => ext(s, EXTENSIONS.anticipatoryMedicine));
    expect(anticipatory.length).toBe(4);
  });
});
