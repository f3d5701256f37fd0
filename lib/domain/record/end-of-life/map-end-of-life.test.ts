import { describe, expect, it } from "vitest";
import { indexBundle } from "../fhir/bundle-index";
import { baseBundle, list, type Json } from "@/test/builders/fhir-bundles";
import { CODE_SYSTEM } from "../fhir/systems";
import { mapEndOfLife } from "./map-end-of-life";
import { sectionInput } from "../section-registry/section-input";
import endOfLifeSection from "../sections/end-of-life";

const item = (code: string, over: Json): Json => ({ resourceType: "Observation", id: `eol-${code}`, status: "final", code: { coding: [{ system: CODE_SYSTEM.endOfLifeItem, code }] }, ...over });

function map(...resources: Json[]) {
  const refs = resources.map((r) => `${String(r.resourceType)}/${String(r.id)}`);
  const indexed = indexBundle(baseBundle(list("endOfLife", refs), ...resources));
  if (!indexed.ok) throw new Error("bad test bundle");
  return mapEndOfLife(sectionInput(endOfLifeSection, indexed.index));
}

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
      { resourceType: "RelatedPerson", id: "rp1", relationship: [{ coding: [{ system: CODE_SYSTEM.contactRole, code: "lpa-health-welfare" }] }, { text: "Son" }], name: [{ given: ["Simon"], family: "Margerison" }], telecom: [{ system: "phone", value: "07700 900039" }] },
      { resourceType: "RelatedPerson", id: "rp2", relationship: [{ coding: [{ system: CODE_SYSTEM.contactRole, code: "next-of-kin" }] }], name: [{ text: "Michelle Margerison" }] },
    );
    expect(section).toMatchObject({
      hasContent: true,
      palliativeCareRegister: { since: { display: "16-Oct-2025" } },
      cpr: { decision: "not-for-resuscitation", display: "Do not attempt CPR", formType: "ReSPECT", reviewDate: { display: "16-Apr-2026" }, decidedBy: "Dr Alice Jones", formLocation: "Purple folder at home" },
      respect: { priority: "Prioritise comfort", recommended: ["Symptom control at home"], notWanted: ["Admission to intensive care"] },
      preferredPlaceOfDeath: "Home",
      preferredPlaceOfCare: null,
      adrt: { refuses: "Refuses ventilation", documentLocation: "Scanned into GP record" },
      homeAccess: "Key safe by back door, code 1234",
    });
    expect(section.lastingPowerOfAttorney).toEqual([{ id: "rp1", role: "lpa-health-welfare", roleLabel: "Lasting power of attorney (health and welfare)", name: "Simon Margerison", relationship: "Son", phone: "07700 900039" }]);
    expect(section.keyContacts.map((c) => [c.roleLabel, c.name, c.relationship])).toEqual([["Next of kin", "Michelle Margerison", null]]);
  });

  it("never guesses a CPR decision from an unknown code", () => {
    const section = map(item("cpr-decision", { valueCodeableConcept: { text: "Discussed" } }));
    expect(section.cpr).toMatchObject({ decision: "unknown", display: "Discussed", date: { display: "Not recorded" }, decidedBy: null });
  });

  it("is empty but present for a patient without the dataset", () => {
    expect(map()).toMatchObject({ hasContent: false, cpr: null, respect: null, keyContacts: [], anticipatoryMedicines: { items: [], location: null }, completeness: { status: "complete" } });
  });
});
