// The end-of-life / supportive-care dataset (PRSB End of Life Care, ReSPECT) as FHIR: Observations (local item
// codes), the ReSPECT plan as a CarePlan, an ADRT as a Consent, RelatedPersons, and references to the relevant
// Conditions and anticipatory MedicationStatements.
// CPR decisions: one Observation per entry, SNOMED CT coded (both UK pairs, see docs/care-wishes.md), with its
// status (final / entered-in-error / cancelled), review date, discussion, capacity and who was involved.

import type { CarePlan, CodeableConcept, Consent, Observation, ObservationComponent, Reference, RelatedPerson } from "fhir/r4";
import type { Clinician, CprEntry, EndOfLife } from "../clinical/model";
import { isoDate, type Day } from "../population/days";
import { ref } from "./bundle-builder";
import { EXTENSIONS, SYSTEMS } from "./systems";

type Item =
  | "palliative-care-register"
  | "prognosis"
  | "cpr-decision"
  | "respect-priorities"
  | "preferred-place-of-care"
  | "preferred-place-of-death"
  | "preferred-place-of-care-second"
  | "preferred-place-of-death-second"
  | "patient-wishes"
  | "family-wishes"
  | "adrt"
  | "anticipatory-medicines-location"
  | "home-access"
  | "aware-of-diagnosis"
  | "aware-of-prognosis"
  | "organ-donation"
  | "communication-needs"
  | "services-involved"
  | "equipment-in-home"
  | "plan-updated";

const DISPLAY: Record<Item, string> = {
  "palliative-care-register": "On palliative care register",
  prognosis: "Prognosis",
  "cpr-decision": "Cardiopulmonary resuscitation decision",
  "respect-priorities": "ReSPECT priorities of care",
  "preferred-place-of-care": "Preferred place of care",
  "preferred-place-of-death": "Preferred place of death",
  "preferred-place-of-care-second": "Preferred place of care (second choice)",
  "preferred-place-of-death-second": "Preferred place of death (second choice)",
  "patient-wishes": "Patient's wishes",
  "family-wishes": "Family's wishes",
  adrt: "Advance decision to refuse treatment",
  "anticipatory-medicines-location": "Location of anticipatory medicines",
  "home-access": "Access to the home",
  "aware-of-diagnosis": "Patient aware of diagnosis",
  "aware-of-prognosis": "Patient aware of prognosis",
  "organ-donation": "Organ and tissue donation wishes",
  "communication-needs": "Communication needs",
  "services-involved": "Services involved",
  "equipment-in-home": "Equipment in the home",
  "plan-updated": "End of life plan last updated",
};

const CEILING_DISPLAY = {
  "full-escalation": "Full escalation of treatment",
  "ward-based": "Ward-based care",
  "comfort-focused": "Comfort-focused care",
} as const;

const component = (code: string, value: Partial<ObservationComponent>): ObservationComponent => ({
  code: { coding: [{ system: SYSTEMS.endOfLifeItem, code }], text: code },
  ...value,
});
const text = (code: string, value: string): ObservationComponent => component(code, { valueString: value });
const clinicianRef = (c: Clinician) => ref("Practitioner", `pr-${c.key.toLowerCase()}`, `${c.prefix} ${c.given} ${c.family}`.trim());

function cprValue(c: CprEntry): Observation["valueCodeableConcept"] {
  const code = c.code ?? (c.dnacpr ? "304253006" : "304252001");
  const display: Record<string, string> = {
    "304253006": "Not for resuscitation",
    "450476008": "Not for attempted cardiopulmonary resuscitation",
    "304252001": "For resuscitation",
    "450475007": "For attempted cardiopulmonary resuscitation",
  };
  return {
    coding: [{ system: SYSTEMS.snomed, code, ...(display[code] ? { display: display[code] } : {}) }],
    text: c.dnacpr ? "Do not attempt cardiopulmonary resuscitation (DNACPR)" : "For attempted cardiopulmonary resuscitation",
  };
}

type EndOfLifeResource = Observation | RelatedPerson | Consent | CarePlan;

const item = (code: Item): CodeableConcept => ({
  coding: [{ system: SYSTEMS.endOfLifeItem, code, display: DISPLAY[code] }],
  text: DISPLAY[code],
});

/** ReSPECT as a CarePlan: priorities in the description, recommended and not-wanted treatments as activities. */
function respectPlan(token: string, eol: EndOfLife, day: Day): CarePlan {
  const r = eol.respect!;
  const author = eol.cpr[0]?.decidedBy;
  const activity = (text: string, doNotPerform: boolean): NonNullable<CarePlan["activity"]>[number] => ({
    detail: { code: { text }, status: "not-started", doNotPerform },
  });
  return {
    resourceType: "CarePlan",
    id: `${token}-eol-respect`,
    ...(r.ceiling
      ? {
          extension: [
            {
              url: EXTENSIONS.ceilingOfTreatment,
              valueCodeableConcept: {
                coding: [{ system: SYSTEMS.ceilingOfTreatment, code: r.ceiling, display: CEILING_DISPLAY[r.ceiling] }],
                text: r.ceilingText ?? CEILING_DISPLAY[r.ceiling],
              },
            },
          ],
        }
      : {}),
    status: "active",
    intent: "plan",
    category: [item("respect-priorities")],
    title: "ReSPECT: recommended summary plan for emergency care and treatment",
    description: r.priority,
    subject: { reference: `Patient/pat-${token}` },
    created: isoDate(day),
    ...(author ? { author: clinicianRef(author) } : {}),
    activity: [...r.recommended.map((t) => activity(t, false)), ...r.notWanted.map((t) => activity(t, true))],
  };
}

/** The ADRT as a Consent: scope "adr" (FHIR consentscope: advanced care directive), a "deny" provision. */
function adrtConsent(token: string, eol: EndOfLife, day: Day): Consent {
  const a = eol.adrt!;
  return {
    resourceType: "Consent",
    id: `${token}-eol-adrt`,
    status: "active",
    scope: { coding: [{ system: SYSTEMS.consentScope, code: "adr", display: "Advanced Care Directive" }] },
    category: [item("adrt")],
    patient: { reference: `Patient/pat-${token}` },
    dateTime: isoDate(day),
    // Where the signed document is: the viewer holds no copy, only this description of it.
    sourceAttachment: { title: a.documentLocation },
    provision: { type: "deny", code: [{ text: a.refuses }] },
  };
}

export function buildEndOfLife(
  token: string,
  eol: EndOfLife,
  day: Day,
  conditionRefs: Reference[],
  anticipatoryRefs: Reference[],
): { resources: EndOfLifeResource[]; entries: Reference[] } {
  const resources: EndOfLifeResource[] = [];
  const entries: Reference[] = [];
  const obs = (item: Item, value: Partial<Observation>, when: Day = day, suffix = "") => {
    const o: Observation = {
      resourceType: "Observation",
      id: `${token}-eol-${item}${suffix}`,
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
  const say = (item: Item, value: string | undefined) => {
    if (value) obs(item, { valueString: value });
  };
  obs("palliative-care-register", { valueBoolean: true }, eol.registerDay);
  obs("prognosis", { valueString: eol.prognosis }, eol.registerDay);
  entries.push(...conditionRefs);
  eol.cpr.forEach((c, i) => {
    obs(
      "cpr-decision",
      {
        status: c.status ?? "final",
        valueCodeableConcept: cprValue(c),
        performer: [clinicianRef(c.decidedBy)],
        issued: `${isoDate(c.day)}T10:00:00+00:00`,
        component: [
          component("review-date", { valueDateTime: isoDate(c.reviewDay) }),
          text("form-location", c.formLocation),
          text("form-type", c.formType),
          ...(c.discussedWithPatient ? [text("discussed-with-patient", c.discussedWithPatient)] : []),
          ...(c.discussedWithFamily ? [text("discussed-with-family", c.discussedWithFamily)] : []),
          ...(c.capacity ? [text("mental-capacity", c.capacity)] : []),
          ...(c.involved ? [text("involved-in-decision", c.involved)] : []),
        ],
      },
      c.day,
      i === 0 ? "" : `-${i + 1}`,
    );
  });
  if (eol.respect) {
    const plan = respectPlan(token, eol, day);
    resources.push(plan);
    entries.push(ref("CarePlan", plan.id ?? ""));
  }
  say("preferred-place-of-care", eol.preferredPlaceOfCare);
  say("preferred-place-of-care-second", eol.preferredPlaceOfCareSecond);
  say("preferred-place-of-death", eol.preferredPlaceOfDeath);
  say("preferred-place-of-death-second", eol.preferredPlaceOfDeathSecond);
  say("patient-wishes", eol.patientWishes);
  say("family-wishes", eol.familyWishes);
  say("aware-of-diagnosis", eol.awareOfDiagnosis);
  say("aware-of-prognosis", eol.awareOfPrognosis);
  say("organ-donation", eol.organDonation);
  say("communication-needs", eol.communicationNeeds);
  if (eol.servicesInvolved?.length) obs("services-involved", { component: eol.servicesInvolved.map((s) => text("service", s)) });
  if (eol.equipmentInHome?.length) obs("equipment-in-home", { component: eol.equipmentInHome.map((s) => text("equipment", s)) });
  if (eol.adrt) {
    const consent = adrtConsent(token, eol, day);
    resources.push(consent);
    entries.push(ref("Consent", consent.id ?? ""));
  }
  entries.push(...anticipatoryRefs);
  say("anticipatory-medicines-location", eol.anticipatoryLocation);
  for (const c of eol.contacts) {
    const person: RelatedPerson = {
      resourceType: "RelatedPerson",
      id: `${token}-rp-${c.key}`,
      active: true,
      ...(c.lpa
        ? {
            extension: [
              { url: EXTENSIONS.lpaRegistered, valueBoolean: c.lpa.registered },
              { url: EXTENSIONS.lpaCoversLifeSustaining, valueBoolean: c.lpa.coversLifeSustaining },
            ],
          }
        : {}),
      patient: { reference: `Patient/pat-${token}` },
      relationship: [{ coding: [{ system: SYSTEMS.contactRole, code: c.role, display: CONTACT_ROLE[c.role] }] }, { text: c.relationship }],
      name: [{ family: c.family, given: [c.given] }],
      telecom: [{ system: "phone", value: c.phone }],
    };
    resources.push(person);
    entries.push(ref("RelatedPerson", person.id ?? ""));
  }
  say("home-access", eol.homeAccess);
  if (eol.planUpdated) obs("plan-updated", { performer: [clinicianRef(eol.planUpdated.by)], valueBoolean: true }, eol.planUpdated.day);
  return { resources, entries };
}

const CONTACT_ROLE = {
  "lpa-health-welfare": "Lasting power of attorney for health and welfare",
  "next-of-kin": "Next of kin",
  "main-carer": "Main carer",
  "key-worker": "Key worker",
} as const;
