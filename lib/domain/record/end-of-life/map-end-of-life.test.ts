import { describe, expect, it } from "vitest";
import { indexBundle } from "../fhir/bundle-index";
import { baseBundle, list, type Json } from "@/test/builders/fhir-bundles";
import { CODE_SYSTEM, EXT } from "../fhir/systems";
import { mapEndOfLife } from "./map-end-of-life";
import { sectionInput } from "../section-registry/section-input";
import endOfLifeSection from "../sections/end-of-life";

const item = (code: string, over: Json): Json => ({
  resourceType: "Observation",
  id: `eol-${code}`,
  status: "final",
  code: { coding: [{ system: CODE_SYSTEM.endOfLifeItem, code }] },
  ...over,
});

function indexed(...resources: Json[]) {
  const refs = resources.map((r) => `${String(r.resourceType)}/${String(r.id)}`);
  const result = indexBundle(baseBundle(list("endOfLife", refs), ...resources));
  if (!result.ok) throw new Error("bad test bundle");
  return result.index;
}

const map = (...resources: Json[]) =>
  mapEndOfLife(sectionInput(endOfLifeSection, indexed(...resources), { now: new Date("2026-06-01T12:00:00Z") }));

describe("mapEndOfLife", () => {
  it("maps the CPR decision, ReSPECT, preferences, ADRT and contacts", () => {
    const section = map(
      item("palliative-care-register", { valueBoolean: true, effectiveDateTime: "2025-10-16" }),
      item("cpr-decision", {
        valueCodeableConcept: { coding: [{ system: "http://snomed.info/sct", code: "304253006" }], text: "Do not attempt CPR" },
        effectiveDateTime: "2025-10-21",
        performer: [{ reference: "Practitioner/pr-1" }],
        component: [
          { code: { coding: [{ system: CODE_SYSTEM.endOfLifeItem, code: "review-date" }] }, valueDateTime: "2026-04-16" },
          { code: { coding: [{ system: CODE_SYSTEM.endOfLifeItem, code: "form-type" }] }, valueString: "ReSPECT" },
          { code: { coding: [{ system: CODE_SYSTEM.endOfLifeItem, code: "form-location" }] }, valueString: "Purple folder at home" },
        ],
      }),
      item("respect-priorities", {
        valueString: "Prioritise comfort",
        component: [
          { code: { coding: [{ code: "recommended-treatment" }] }, valueString: "Symptom control at home" },
          { code: { coding: [{ code: "treatment-not-wanted" }] }, valueString: "Admission to intensive care" },
        ],
      }),
      item("preferred-place-of-death", { valueString: "Home" }),
      item("adrt", { valueString: "Refuses ventilation", note: [{ text: "Scanned into GP record" }] }),
      item("home-access", { valueString: "Key safe by back door, code 1234" }),
      {
        resourceType: "RelatedPerson",
        id: "rp1",
        relationship: [{ coding: [{ system: CODE_SYSTEM.contactRole, code: "lpa-health-welfare" }] }, { text: "Son" }],
        name: [{ given: ["Simon"], family: "Margerison" }],
        telecom: [{ system: "phone", value: "07700 900039" }],
      },
      {
        resourceType: "RelatedPerson",
        id: "rp2",
        relationship: [{ coding: [{ system: CODE_SYSTEM.contactRole, code: "next-of-kin" }] }],
        name: [{ text: "Michelle Margerison" }],
      },
    );
    expect(section).toMatchObject({
      hasContent: true,
      palliativeCareRegister: { since: { display: "16-Oct-2025" } },
      cpr: {
        decision: "not-for-resuscitation",
        display: "Do not attempt CPR",
        formType: "ReSPECT",
        reviewDate: { display: "16-Apr-2026" },
        decidedBy: "Dr Alice Jones",
        formLocation: "Purple folder at home",
      },
      respect: { priority: "Prioritise comfort", recommended: ["Symptom control at home"], notWanted: ["Admission to intensive care"] },
      preferredPlaceOfDeath: "Home",
      preferredPlaceOfCare: null,
      adrt: { refuses: "Refuses ventilation", documentLocation: "Scanned into GP record" },
      homeAccess: "Key safe by back door, code 1234",
    });
    expect(section.lastingPowerOfAttorney).toEqual([
      {
        id: "rp1",
        role: "lpa-health-welfare",
        roleLabel: "Lasting power of attorney (health and welfare)",
        name: "Simon Margerison",
        relationship: "Son",
        phone: "07700 900039",
        lpaRegistered: null,
        lpaCoversLifeSustaining: null,
      },
    ]);
    expect(section.keyContacts.map((c) => [c.roleLabel, c.name, c.relationship])).toEqual([["Next of kin", "Michelle Margerison", null]]);
  });

  it("never guesses a CPR decision from an unknown code", () => {
    const section = map(item("cpr-decision", { valueCodeableConcept: { text: "Discussed" } }));
    expect(section.cpr).toMatchObject({ decision: "unknown", display: "Discussed", date: { display: "Not recorded" }, decidedBy: null });
  });

  const cprItem = (id: string, code: string, date: string, over: Json = {}): Json => ({
    ...item("cpr-decision", {
      valueCodeableConcept: { coding: [{ system: "http://snomed.info/sct", code }] },
      effectiveDateTime: date,
      ...over,
    }),
    id,
  });

  it("takes the latest effective CPR decision and lists the older ones beneath, ignoring entered-in-error [HZ-EVID:cpr-latest-decision]", () => {
    const section = map(
      cprItem("older-dnacpr", "304253006", "2024-02-01"),
      cprItem("newer-for-cpr", "450475007", "2026-03-14"),
      cprItem("void-dnacpr", "450476008", "2026-06-01", { status: "entered-in-error" }),
    );
    expect(section.cpr).toMatchObject({ id: "newer-for-cpr", decision: "for-resuscitation", code: "450475007" });
    expect(section.cprOlder.map((c) => c.id)).toEqual(["older-dnacpr"]);
    expect(section.cprVoided).toBe(1);
    expect(section.cprUnclear).toBeNull();
  });

  it("reads the other UK code for not for resuscitation, and flags a review date that has passed [HZ-EVID:cpr-codes] [HZ-EVID:cpr-review-passed]", () => {
    const review = (d: string) => ({
      component: [{ code: { coding: [{ system: CODE_SYSTEM.endOfLifeItem, code: "review-date" }] }, valueDateTime: d }],
    });
    const overdue = map(cprItem("c", "450476008", "2025-01-01", review("2025-07-01")));
    expect(overdue.cpr).toMatchObject({ decision: "not-for-resuscitation", reviewOverdue: true });
    const due = mapEndOfLife(
      sectionInput(endOfLifeSection, indexed(cprItem("c", "450476008", "2025-01-01", review("2026-12-31"))), {
        now: new Date("2026-06-01T12:00:00Z"),
      }),
    );
    expect(due.cpr?.reviewOverdue).toBe(false);
    // In British Summer Time: a review due today is not overdue; yesterday's is.
    const at = (d: string, now: string) =>
      mapEndOfLife(sectionInput(endOfLifeSection, indexed(cprItem("c", "450476008", "2025-01-01", review(d))), { now: new Date(now) })).cpr
        ?.reviewOverdue;
    expect(at("2026-06-01", "2026-06-01T00:30:00+01:00")).toBe(false);
    expect(at("2026-05-31", "2026-06-01T00:30:00+01:00")).toBe(true);
    expect(at("2026-05-31", "2026-05-31T23:30:00+01:00")).toBe(false);
  });

  it("reads the LPA's registration and scope, and the just-in-case medicine's dose range, 24-hour maximum and issue date", () => {
    const section = map(
      {
        resourceType: "RelatedPerson",
        id: "rp1",
        extension: [
          { url: EXT.lpaRegistered, valueBoolean: true },
          { url: EXT.lpaCoversLifeSustaining, valueBoolean: false },
        ],
        relationship: [{ coding: [{ system: CODE_SYSTEM.contactRole, code: "lpa-health-welfare" }] }],
        name: [{ text: "Simon Margerison" }],
      },
      {
        resourceType: "MedicationStatement",
        id: "ms1",
        status: "active",
        extension: [{ url: EXT.lastIssueDate, valueDateTime: "2026-05-03" }],
        medicationReference: { display: "Midazolam 10mg/2ml solution for injection ampoules" },
        dosage: [
          {
            text: "2.5mg to 5mg subcutaneously every hour when required",
            doseAndRate: [{ doseRange: { low: { value: 2.5, unit: "mg" }, high: { value: 5, unit: "mg" } } }],
            maxDosePerPeriod: { numerator: { value: 30, unit: "mg" }, denominator: { value: 24, unit: "h" } },
          },
        ],
      },
    );
    expect(section.lastingPowerOfAttorney[0]).toMatchObject({ lpaRegistered: true, lpaCoversLifeSustaining: false });
    expect(section.anticipatoryMedicines.items[0]).toMatchObject({
      doseRange: "2.5 mg to 5 mg",
      maxIn24Hours: "30 mg in 24 hours",
      issued: { display: "03-May-2026" },
    });
  });

  it("reads ReSPECT from a CarePlan (ceiling, recommended and not-wanted treatments) and an ADRT from a Consent with scope adr", () => {
    const section = map(
      {
        resourceType: "CarePlan",
        id: "cp1",
        status: "active",
        intent: "plan",
        created: "2026-03-01",
        category: [{ coding: [{ system: CODE_SYSTEM.endOfLifeItem, code: "respect-priorities" }] }],
        extension: [
          {
            url: EXT.ceilingOfTreatment,
            valueCodeableConcept: {
              coding: [{ system: CODE_SYSTEM.ceilingOfTreatment, code: "ward-based" }],
              text: "Ward-based care: not for intensive care",
            },
          },
        ],
        description: "Balance comfort and life-sustaining treatment",
        activity: [
          { detail: { code: { text: "Antibiotics for infection" }, status: "not-started" } },
          { detail: { code: { text: "Intensive care" }, status: "not-started", doNotPerform: true } },
        ],
      },
      {
        resourceType: "Consent",
        id: "c1",
        status: "active",
        dateTime: "2026-02-01",
        scope: { coding: [{ system: CODE_SYSTEM.consentScope, code: "adr" }] },
        sourceAttachment: { title: "Held by her son" },
        provision: { type: "deny", code: [{ text: "Mechanical ventilation" }] },
      },
    );
    expect(section.respect).toMatchObject({
      priority: "Balance comfort and life-sustaining treatment",
      recommended: ["Antibiotics for infection"],
      notWanted: ["Intensive care"],
      ceiling: "ward-based",
      ceilingText: "Ward-based care: not for intensive care",
      recorded: { on: { display: "01-Mar-2026" } },
    });
    expect(section.adrt).toMatchObject({
      refuses: "Mechanical ventilation",
      documentLocation: "Held by her son",
      date: { display: "01-Feb-2026" },
    });
  });

  it("ignores an ADRT or ReSPECT plan that is not in force (entered in error, revoked, inactive)", () => {
    const section = map(
      {
        resourceType: "CarePlan",
        id: "cp1",
        status: "entered-in-error",
        intent: "plan",
        category: [{ coding: [{ system: CODE_SYSTEM.endOfLifeItem, code: "respect-priorities" }] }],
        description: "Wrong patient",
      },
      {
        resourceType: "Consent",
        id: "c1",
        status: "entered-in-error",
        scope: { coding: [{ system: CODE_SYSTEM.consentScope, code: "adr" }] },
        provision: { type: "deny", code: [{ text: "Wrong patient" }] },
      },
    );
    expect([section.respect, section.adrt]).toEqual([null, null]);
    const revoked = map(
      {
        resourceType: "CarePlan",
        id: "cp2",
        status: "revoked",
        intent: "plan",
        category: [{ coding: [{ system: CODE_SYSTEM.endOfLifeItem, code: "respect-priorities" }] }],
        description: "Old plan",
      },
      {
        resourceType: "Consent",
        id: "c2",
        status: "inactive",
        scope: { coding: [{ system: CODE_SYSTEM.consentScope, code: "adr" }] },
        provision: { type: "deny", code: [{ text: "Withdrawn" }] },
      },
    );
    expect([revoked.respect, revoked.adrt]).toEqual([null, null]);
  });

  it("is empty but present for a patient without the dataset", () => {
    expect(map()).toMatchObject({
      hasContent: false,
      cpr: null,
      respect: null,
      keyContacts: [],
      anticipatoryMedicines: { items: [], location: null },
      completeness: { status: "complete" },
    });
  });
});
