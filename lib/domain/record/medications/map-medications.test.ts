import { describe, expect, it } from "vitest";
import { indexBundle } from "../fhir/bundle-index";
import { baseBundle, list, ooh, prescribingOrg, type Json } from "@/test/builders/fhir-bundles";
import { EXT, MIG } from "../fhir/systems";
import { issuesAllowed, mapMedications } from "./map-medications";
import { sectionInput } from "../section-registry/section-input";
import medicationsSection from "../sections/medications";

const now = new Date("2026-11-01T12:00:00Z");

const medication = (id: string, name: string, ingredient: string, drugClass: string, cd?: string): Json => ({
  resourceType: "Medication",
  id,
  code: { coding: [{ system: `${MIG}CodeSystem/drug-product`, code: id }], text: name },
  ingredient: [{ itemCodeableConcept: { coding: [{ system: `${MIG}CodeSystem/drug-ingredient`, code: ingredient }] } }],
  extension: [
    { url: EXT.drugClass, valueCoding: { code: drugClass } },
    ...(cd ? [{ url: EXT.controlledDrug, valueCoding: { code: cd } }] : []),
  ],
});

function course(
  id: string,
  medId: string,
  opts: {
    type: "acute" | "continuous";
    status: string;
    start: string;
    issues: string[];
    org?: [string, string];
    extra?: Json[];
    plan?: Json;
  },
): Json[] {
  const org = prescribingOrg(...(opts.org ?? ["org-y90001", "registered-practice"]));
  const plan: Json = {
    resourceType: "MedicationRequest",
    id: `${id}-plan`,
    intent: "plan",
    status: opts.status,
    medicationReference: { reference: `Medication/${medId}` },
    courseOfTherapyType: { coding: [{ code: opts.type }] },
    authoredOn: opts.start,
    requester: { reference: "PractitionerRole/prr-1" },
    // R4: 5 repeats after the first issue, 6 issues in all.
    dispenseRequest: { quantity: { value: 28, unit: "tablet" }, numberOfRepeatsAllowed: 5 },
    extension: [org, ...(opts.extra ?? [])],
    ...opts.plan,
  };
  const orders = opts.issues.map((day, i) => ({
    resourceType: "MedicationRequest",
    id: `${id}-i${i}`,
    intent: "order",
    status: "completed",
    authoredOn: day,
    medicationReference: { reference: `Medication/${medId}` },
    basedOn: [{ reference: `MedicationRequest/${id}-plan` }],
    dispenseRequest: { quantity: { value: 28, unit: "tablet" } },
    extension: [org],
  }));
  const statement: Json = {
    resourceType: "MedicationStatement",
    id,
    status: opts.status,
    basedOn: [{ reference: `MedicationRequest/${id}-plan` }],
    medicationReference: { reference: `Medication/${medId}` },
    effectivePeriod: { start: opts.start },
    dosage: [{ text: "One tablet daily" }],
    extension: [org, ...(opts.issues.length > 0 ? [{ url: EXT.lastIssueDate, valueDateTime: opts.issues[opts.issues.length - 1] }] : [])],
  };
  return [statement, plan, ...orders];
}

function map(...resources: Json[]) {
  const ids = resources.filter((r) => r.resourceType === "MedicationStatement").map((r) => `MedicationStatement/${String(r.id)}`);
  const indexed = indexBundle(baseBundle(list("medication", ids), ...resources));
  if (!indexed.ok) throw new Error("bad test bundle");
  return mapMedications(sectionInput(medicationsSection, indexed.index, { now }));
}

const repeatInfo = (n: number) => ({
  url: EXT.repeatInformation,
  extension: [{ url: "numberOfPrescriptionsIssued", valueUnsignedInt: n }],
});

describe("issuesAllowed (numberOfRepeatsAllowed in its R4 meaning)", () => {
  const plan = (dispenseRequest: Json, extension: Json[] = []) =>
    ({ resourceType: "MedicationRequest", dispenseRequest, extension }) as never;
  const info = (parts: Json[]) => ({ url: EXT.repeatInformation, extension: parts }) as never;

  it("counts the first issue as well as the repeats R4 allows after it", () => {
    expect(issuesAllowed(plan({ numberOfRepeatsAllowed: 3 }), undefined)).toBe(4);
    // "zero refills after the initial dispense": one issue, not "no maximum".
    expect(issuesAllowed(plan({ numberOfRepeatsAllowed: 0 }), undefined)).toBe(1);
  });

  it("takes the repeat extension's numberOfRepeatPrescriptionsAllowed as the total, as GP Connect and older UK Core define it", () => {
    expect(issuesAllowed(plan({}), info([{ url: "numberOfRepeatPrescriptionsAllowed", valueUnsignedInt: 6 }]))).toBe(6);
    expect(issuesAllowed(plan({}), info([{ url: "numberOfRepeatPrescriptionsAllowed", valuePositiveInt: 12 }]))).toBe(12);
  });

  it("says nothing when neither is given, or the number is not a count", () => {
    expect(issuesAllowed(plan({}), undefined)).toBeNull();
    expect(issuesAllowed(plan({ numberOfRepeatsAllowed: -1 }), undefined)).toBeNull();
    expect(issuesAllowed(undefined, undefined)).toBeNull();
  });
});

describe("mapMedications", () => {
  it("gives an issue the plan's dosage when it has none of its own, and keeps its own otherwise", () => {
    const [statement, plan, first, second] = course("ms-d", "med-1", {
      type: "continuous",
      status: "active",
      start: "2026-01-01",
      issues: ["2026-09-01", "2026-10-01"],
      plan: { dosageInstruction: [{ text: "Two tablets at night" }] },
    }) as [Json, Json, Json, Json];
    const section = map(statement, plan, first, { ...second, dosageInstruction: [{ text: "One tablet at night" }] });
    expect(section.issues.map((i) => [i.issued.display, i.dosage])).toEqual([
      ["01-Oct-2026", "One tablet at night"],
      ["01-Sep-2026", "Two tablets at night"],
    ]);
  });

  it("keeps the patient instruction and every note (statement and plan), each once; none when the source sends none", () => {
    const [statement, plan] = course("ms-pi", "med-1", {
      type: "continuous",
      status: "active",
      start: "2026-01-01",
      issues: [],
      plan: {
        dosageInstruction: [{ text: "One tablet daily", patientInstruction: "Take with or just after food" }],
        note: [{ text: "Pharmacy: supplied in a compliance aid" }, { text: "Review with renal function" }],
      },
    }) as [Json, Json];
    const [item] = map({ ...statement, note: [{ text: "Review with renal function" }] }, plan).all;
    expect(item?.patientInstruction).toBe("Take with or just after food");
    expect(item?.notes).toEqual(["Review with renal function", "Pharmacy: supplied in a compliance aid"]);
    const [plain] = map(...course("ms-plain", "med-1", { type: "continuous", status: "active", start: "2026-01-01", issues: [] })).all;
    expect(plain).not.toHaveProperty("patientInstruction");
    expect(plain).not.toHaveProperty("notes");
  });

  it("maps a current repeat with last issued, issues, maximum and review date", () => {
    const section = map(
      medication("m-ram", "Ramipril 5mg capsules", "ramipril", "ace-inhibitor"),
      ...course("ms-1", "m-ram", {
        type: "continuous",
        status: "active",
        start: "2026-05-01",
        issues: ["2026-09-01", "2026-10-01"],
        extra: [repeatInfo(2), { url: EXT.reviewDate, valueDate: "2027-02-01" }],
      }),
    );
    expect(section.completeness.status).toBe("complete");
    expect(section.currentRepeat).toHaveLength(1);
    expect(section.currentRepeat[0]).toMatchObject({
      name: "ramipril 5mg capsules",
      prescriptionType: "repeat",
      lastIssued: { display: "01-Oct-2026" },
      issueCount: 2,
      maxIssues: 6,
      reviewDate: { display: "01-Feb-2027" },
      quantity: "28 tablet",
      dosage: "One tablet daily",
      prescriber: "Dr Alice Jones",
      source: { name: "Riverside Surgery", kind: "own-practice" },
      drug: { ingredients: ["ramipril"], classes: ["ace-inhibitor"] },
    });
    expect(section.issues.map((i) => [i.issued.display, i.planId])).toEqual([
      ["01-Oct-2026", "ms-1"],
      ["01-Sep-2026", "ms-1"],
    ]);
  });

  it("keeps acute items from the last 12 months in `acute` and older ones only in `all`", () => {
    const section = map(
      medication("m-amox", "Amoxicillin 500mg capsules", "amoxicillin", "penicillin"),
      ...course("recent", "m-amox", {
        type: "acute",
        status: "completed",
        start: "2026-10-20",
        issues: ["2026-10-20"],
        org: ["org-yoh01", "out-of-hours"],
      }),
      ...course("old", "m-amox", { type: "acute", status: "completed", start: "2025-06-01", issues: ["2025-06-01"] }),
      ooh,
    );
    expect(section.acute.map((m) => m.id)).toEqual(["recent"]);
    expect(section.all.map((m) => m.id)).toEqual(["recent", "old"]);
    expect(section.acute[0]?.source).toEqual({ name: "Harbour Out of Hours", odsCode: "YOH01", kind: "out-of-hours" });
  });

  it("gives discontinued repeats their date and reason, and marks controlled drugs", () => {
    const stop = {
      url: EXT.statusReason,
      extension: [
        { url: "statusReason", valueCodeableConcept: { text: "Adverse reaction: drowsiness" } },
        { url: "statusChangeDate", valueDateTime: "2026-08-03" },
      ],
    };
    const section = map(
      medication("m-mor", "Morphine sulfate 10mg modified-release tablets", "morphine", "opioid", "schedule-2"),
      ...course("ms-m", "m-mor", { type: "continuous", status: "stopped", start: "2026-01-01", issues: ["2026-07-01"], extra: [stop] }),
    );
    expect(section.currentRepeat).toEqual([]);
    expect(section.discontinuedRepeat[0]).toMatchObject({
      discontinued: { date: { display: "03-Aug-2026" }, reason: "Adverse reaction: drowsiness" },
      controlledDrug: { schedule: "2" },
    });
  });

  it("shows a brand in capitals and splits a combination ingredient code", () => {
    const section = map(
      medication("m-cl", "Clenil Modulite 100micrograms/dose inhaler", "beclometasone", "inhaled-corticosteroid"),
      ...course("a", "m-cl", { type: "continuous", status: "active", start: "2026-01-01", issues: [] }),
      medication("m-cc", "Co-codamol 30mg/500mg tablets", "codeine + paracetamol", "opioid", "schedule-5"),
      ...course("b", "m-cc", { type: "acute", status: "completed", start: "2026-10-01", issues: ["2026-10-01"] }),
    );
    expect(section.all.map((m) => m.name).sort()).toEqual(["CLENIL MODULITE 100micrograms/dose inhaler", "co-codamol 30mg/500mg tablets"]);
    expect(section.all.find((m) => m.id === "b")?.drug.ingredients).toEqual(["codeine", "paracetamol"]);
  });

  it("survives missing plan, medication and odd fields with Not recorded values", () => {
    const bare: Json = { resourceType: "MedicationStatement", id: "bare", status: "weird", dosage: "x", effectivePeriod: { start: 2026 } };
    const section = map(bare);
    expect(section.all[0]).toMatchObject({
      name: "Medication name not recorded",
      status: "unknown",
      prescriptionType: "unknown",
      dosage: "Not recorded",
      quantity: "Not recorded",
      started: { display: "Not recorded" },
      issueCount: 0,
      maxIssues: null,
      source: { name: "Riverside Surgery", kind: "own-practice" },
    });
  });

  it("lists an issue whose plan is not in the Bundle rather than losing it", () => {
    const orphan: Json = {
      resourceType: "MedicationRequest",
      id: "orphan",
      intent: "order",
      authoredOn: "2026-10-10",
      basedOn: [{ reference: "MedicationRequest/gone" }],
      medicationReference: { display: "Diazepam 2mg tablets" },
    };
    const section = map(orphan);
    expect(section.issues.map((i) => [i.id, i.planId, i.medicationName])).toEqual([["orphan", "gone", "Diazepam 2mg tablets"]]);
  });

  it("is empty and complete for an empty list, and unavailable without one", () => {
    expect(map().completeness).toMatchObject({ status: "complete", shown: 0 });
    const indexed = indexBundle(baseBundle());
    if (!indexed.ok) throw new Error("bad test bundle");
    expect(mapMedications(sectionInput(medicationsSection, indexed.index, { now })).completeness.status).toBe("source-unavailable");
  });
});
