// The end-of-life / supportive-care dataset as Observations (local item codes), RelatedPersons
// and references to the relevant Conditions and anticipatory MedicationStatements.

import type { Observation, ObservationComponent, Reference, RelatedPerson } from "fhir/r4";
import type { EndOfLife } from "../clinical/model";
import { isoDate, type Day } from "../population/days";
import { ref } from "./bundle-builder";
import { SYSTEMS } from "./systems";

type Item = "palliative-care-register" | "prognosis" | "cpr-decision" | "respect-priorities" | "preferred-place-of-care" | "preferred-place-of-death"
  | "patient-wishes" | "family-wishes" | "adrt" | "anticipatory-medicines-location" | "home-access";

const DISPLAY: Record<Item, string> = {
  "palliative-care-register": "On palliative care register", prognosis: "Prognosis", "cpr-decision": "Cardiopulmonary resuscitation decision",
  "respect-priorities": "ReSPECT priorities of care", "preferred-place-of-care": "Preferred place of care", "preferred-place-of-death": "Preferred place of death",
  "patient-wishes": "Patient's wishes", "family-wishes": "Family's wishes", adrt: "Advance decision to refuse treatment",
  "anticipatory-medicines-location": "Location of anticipatory medicines", "home-access": "Access to the home",
};

const text = (code: string, value: string): ObservationComponent => ({ code: { coding: [{ system: SYSTEMS.endOfLifeItem, code }], text: code }, valueString: value });

export function buildEndOfLife(token: string, eol: EndOfLife, day: Day, conditionRefs: Reference[], anticipatoryRefs: Reference[]): { resources: (Observation | RelatedPerson)[]; entries: Reference[] } {
  const resources: (Observation | RelatedPerson)[] = [];
  const entries: Reference[] = [];
  const obs = (item: Item, value: Partial<Observation>, when: Day = day) => {
    const o: Observation = {
      resourceType: "Observation",
      id: `${token}-eol-${item}`,
      status: "final",
      category: [{ coding: [{ system: SYSTEMS.recordSection, code: "end-of-life", display: "End of life and supportive care" }] }],
      code: { coding: [{ system: SYSTEMS.endOfLifeItem, code: item, display: DISPLAY[item] }], text: DISPLAY[item] },
      subject: { reference: `Patient/pat-${token}` },
      effectiveDateTime: isoDate(when),
      ...value,
    };
    resources.push(o);
    entries.push(ref("Observation", o.id ?? ""));
  };
  obs("palliative-care-register", { valueBoolean: true }, eol.registerDay);
  obs("prognosis", { valueString: eol.prognosis }, eol.registerDay);
  entries.push(...conditionRefs);
  if (eol.cpr) {
    const c = eol.cpr;
    obs("cpr-decision", {
      valueCodeableConcept: { coding: [{ system: SYSTEMS.snomed, code: c.dnacpr ? "304253006" : "304252001", display: c.dnacpr ? "Not for resuscitation" : "For resuscitation" }], text: c.dnacpr ? "Do not attempt cardiopulmonary resuscitation (DNACPR)" : "For attempted cardiopulmonary resuscitation" },
      performer: [ref("Practitioner", `pr-${c.decidedBy.key.toLowerCase()}`, `${c.decidedBy.prefix} ${c.decidedBy.given} ${c.decidedBy.family}`.trim())],
      component: [
        { code: { coding: [{ system: SYSTEMS.endOfLifeItem, code: "review-date" }], text: "review-date" }, valueDateTime: isoDate(c.reviewDay) },
        text("form-location", c.formLocation),
        text("form-type", c.formType),
      ],
    }, c.day);
  }
  if (eol.respect) {
    obs("respect-priorities", {
      valueString: eol.respect.priority,
      component: [...eol.respect.recommended.map((t) => text("recommended-treatment", t)), ...eol.respect.notWanted.map((t) => text("treatment-not-wanted", t))],
    });
  }
  if (eol.preferredPlaceOfCare) obs("preferred-place-of-care", { valueString: eol.preferredPlaceOfCare });
  if (eol.preferredPlaceOfDeath) obs("preferred-place-of-death", { valueString: eol.preferredPlaceOfDeath });
  if (eol.patientWishes) obs("patient-wishes", { valueString: eol.patientWishes });
  if (eol.familyWishes) obs("family-wishes", { valueString: eol.familyWishes });
  if (eol.adrt) obs("adrt", { valueString: eol.adrt.refuses, note: [{ text: eol.adrt.documentLocation }] });
  entries.push(...anticipatoryRefs);
  if (eol.anticipatoryLocation) obs("anticipatory-medicines-location", { valueString: eol.anticipatoryLocation });
  for (const c of eol.contacts) {
    const person: RelatedPerson = {
      resourceType: "RelatedPerson",
      id: `${token}-rp-${c.key}`,
      active: true,
      patient: { reference: `Patient/pat-${token}` },
      relationship: [{ coding: [{ system: SYSTEMS.contactRole, code: c.role, display: CONTACT_ROLE[c.role] }] }, { text: c.relationship }],
      name: [{ family: c.family, given: [c.given] }],
      telecom: [{ system: "phone", value: c.phone }],
    };
    resources.push(person);
    entries.push(ref("RelatedPerson", person.id ?? ""));
  }
  if (eol.homeAccess) obs("home-access", { valueString: eol.homeAccess });
  return { resources, entries };
}

const CONTACT_ROLE = {
  "lpa-health-welfare": "Lasting power of attorney for health and welfare",
  "next-of-kin": "Next of kin",
  "main-carer": "Main carer",
  "key-worker": "Key worker",
} as const;
