import type { CarePlan, CodeableConcept, Coding, Consent, Medication, MedicationStatement, Observation, RelatedPerson } from "fhir/r4";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, dateView, extension, str } from "../fhir/fhir-values";
import { mapEach, sectionCompleteness } from "../fhir/section-source";
import type { SectionInput } from "../section-registry/define-section";
import { clinicianName } from "../fhir/source";
import { CODE_SYSTEM, EXT } from "../fhir/systems";
import { mapCondition } from "../clinical/map-problems";
import { readProduct } from "../medications/medication-product";
import { mapContact } from "./map-contact";
import { mapCprDecision } from "./map-cpr-decision";
import { componentText, componentTexts, itemCode } from "./observation-parts";
import { entryStatus, selectCprDecision } from "./select-cpr-decision";
import type { AnticipatoryMedicine, CeilingOfTreatment, EndOfLifeSection } from "./types";

const CEILINGS: readonly CeilingOfTreatment[] = ["full-escalation", "ward-based", "comfort-focused"];

// Contract: the ReSPECT ceiling of treatment is coded in the MIG's local ceiling-of-treatment system (an extension
// on the CarePlan, or a component of the older Observation form).
function ceilingOf(concept: CodeableConcept | undefined): { ceiling: CeilingOfTreatment | null; ceilingText: string | null } {
  if (!concept) return { ceiling: null, ceilingText: null };
  const coding = arr<Coding>(concept.coding).find((c) => c?.system === CODE_SYSTEM.ceilingOfTreatment);
  const code = str(coding?.code);
  const ceiling = CEILINGS.find((c) => c === code) ?? "unknown";
  return { ceiling, ceilingText: str(concept.text) ?? str(coding?.display) };
}

const categoryIs = (concepts: unknown, code: string) =>
  arr<CodeableConcept>(concepts).some((c) =>
    arr<Coding>(c?.coding).some((x) => x?.system === CODE_SYSTEM.endOfLifeItem && x.code === code),
  );
// A ReSPECT plan or an ADRT counts only while in force: status "active" (not draft, revoked, inactive, entered-in-error).
const inForce = (status: unknown) => status === "active";

type Respect = NonNullable<EndOfLifeSection["respect"]>;

function respectFromPlan(plan: CarePlan, index: BundleIndex): Respect {
  const activities = arr<NonNullable<CarePlan["activity"]>[number]>(plan.activity).flatMap((a) => (a?.detail ? [a.detail] : []));
  const texts = (doNotPerform: boolean) =>
    activities.filter((d) => (d.doNotPerform === true) === doNotPerform).flatMap((d) => str(d.code?.text) ?? []);
  return {
    priority: str(plan.description) ?? "Not recorded",
    recommended: texts(false),
    notWanted: texts(true),
    ...ceilingOf(extension(plan, EXT.ceilingOfTreatment)?.valueCodeableConcept),
    recorded: { by: clinicianName(plan.author, index), on: dateView(plan.created) },
  };
}

function respectFromObservation(o: Observation, index: BundleIndex): Respect {
  const component = arr<NonNullable<Observation["component"]>[number]>(o.component).find((c) =>
    arr<Coding>(c?.code?.coding).some((x) => x?.code === "ceiling-of-treatment"),
  );
  return {
    priority: str(o.valueString) ?? "Not recorded",
    recommended: componentTexts(o, "recommended-treatment"),
    notWanted: componentTexts(o, "treatment-not-wanted"),
    ...ceilingOf(component?.valueCodeableConcept),
    recorded: { by: clinicianName(arr(o.performer)[0], index), on: dateView(o.effectiveDateTime) },
  };
}

type Adrt = NonNullable<EndOfLifeSection["adrt"]>;

// An ADRT is a Consent with scope "adr" (advanced care directive) and a "deny" provision; the older form an Observation.
function adrtFromConsent(c: Consent): Adrt {
  const refused = arr<CodeableConcept>(c.provision?.code).flatMap((x) => str(x?.text) ?? []);
  return {
    refuses: refused.length > 0 ? refused.join("; ") : "Not recorded",
    documentLocation: str(c.sourceAttachment?.title),
    date: dateView(c.dateTime),
  };
}

const quantity = (q: { value?: number; unit?: string } | undefined) =>
  typeof q?.value === "number" ? `${q.value}${q.unit ? ` ${q.unit}` : ""}` : null;

function anticipatoryMedicine(s: MedicationStatement, index: BundleIndex): AnticipatoryMedicine {
  const product = readProduct(index.resolve<Medication>(s.medicationReference, "Medication"), str(s.medicationReference?.display));
  const dosage = s.dosage?.[0];
  const range = dosage?.doseAndRate?.[0]?.doseRange;
  const low = quantity(range?.low);
  const high = quantity(range?.high);
  const max = dosage?.maxDosePerPeriod;
  const maxAmount = quantity(max?.numerator);
  const per = max?.denominator;
  const maxIn24Hours =
    maxAmount && per?.value === 24 && per.unit?.startsWith("h")
      ? `${maxAmount} in 24 hours`
      : maxAmount && per?.value === 1 && per.unit?.startsWith("d")
        ? `${maxAmount} in 24 hours`
        : null;
  const issued = str(extension(s, EXT.lastIssueDate)?.valueDateTime);
  return {
    id: s.id ?? product.name,
    name: product.name,
    dosage: str(dosage?.text) ?? "Not recorded",
    controlledDrug: product.controlledDrug !== null,
    doseRange: low && high ? (low === high ? low : `${low} to ${high}`) : (low ?? high),
    maxIn24Hours,
    issued: issued ? dateView(issued) : null,
  };
}

export function mapEndOfLife({ index, lists, now }: SectionInput<"endOfLife">): EndOfLifeSection {
  const section = lists.endOfLife;
  const resources = section?.resources ?? [];
  const observations = resources.filter((r): r is Observation => r.resourceType === "Observation");
  // Void entries of any item are never read as the item (entered-in-error, cancelled).
  const live = observations.filter((o) => entryStatus(o.status) === "effective");
  const obs = (code: string) => live.find((o) => itemCode(o) === code);
  const value = (code: string) => str(obs(code)?.valueString);
  const diagnoses = mapEach(
    resources.filter((r) => r.resourceType === "Condition"),
    (r) => (r.resourceType === "Condition" ? mapCondition(r, index) : null),
  );
  const contacts = mapEach(
    resources.filter((r) => r.resourceType === "RelatedPerson"),
    (r) => (r.resourceType === "RelatedPerson" ? mapContact(r as RelatedPerson) : null),
  );
  const anticipatory = mapEach(
    resources.filter((r) => r.resourceType === "MedicationStatement"),
    (r) => anticipatoryMedicine(r as MedicationStatement, index),
  );
  const cprEntries = mapEach(
    observations.filter((o) => itemCode(o) === "cpr-decision"),
    (r) => {
      const o = r as Observation;
      return { ...mapCprDecision(o, index, now), status: entryStatus(o.status) };
    },
  );
  const cpr = selectCprDecision(cprEntries.items);
  const strip = <T extends { status: unknown }>({ status: _status, ...rest }: T) => rest;
  const register = obs("palliative-care-register");
  const plan = resources.find(
    (r): r is CarePlan => r.resourceType === "CarePlan" && categoryIs(r.category, "respect-priorities") && inForce(r.status),
  );
  const respectObs = obs("respect-priorities");
  const respect = plan ? respectFromPlan(plan, index) : respectObs ? respectFromObservation(respectObs, index) : null;
  const consent = resources.find(
    (r): r is Consent =>
      r.resourceType === "Consent" &&
      arr<Coding>(r.scope?.coding).some((c) => c?.system === CODE_SYSTEM.consentScope && c.code === "adr") &&
      inForce(r.status),
  );
  const adrtObs = obs("adrt");
  const adrt = consent
    ? adrtFromConsent(consent)
    : adrtObs
      ? {
          refuses: str(adrtObs.valueString) ?? "Not recorded",
          documentLocation: str(arr<{ text?: string }>(adrtObs.note)[0]?.text),
          date: dateView(adrtObs.effectiveDateTime),
        }
      : null;
  const updated = obs("plan-updated");
  const unreadable = diagnoses.unreadable + contacts.unreadable + anticipatory.unreadable + cprEntries.unreadable;
  return {
    completeness: sectionCompleteness(section, resources.length, unreadable, null),
    // An ordinary contact (a RelatedPerson with no end-of-life role, e.g. a spouse) is not end-of-life data: it alone
    // must not open the end-of-life box. Contacts are shown with the patient's details instead.
    hasContent: resources.some((r) => r.resourceType !== "RelatedPerson") || contacts.items.some((c) => c.role !== "other"),
    palliativeCareRegister: register && register.valueBoolean !== false ? { since: dateView(register.effectiveDateTime) } : null,
    prognosis: value("prognosis"),
    relevantDiagnoses: diagnoses.items,
    cpr: cpr.current ? strip(cpr.current) : null,
    cprOlder: cpr.older.map(strip),
    cprVoided: cpr.voided,
    cprUnclear: cpr.unclear,
    respect,
    preferredPlaceOfCare: value("preferred-place-of-care"),
    preferredPlaceOfCareSecond: value("preferred-place-of-care-second"),
    preferredPlaceOfDeath: value("preferred-place-of-death"),
    preferredPlaceOfDeathSecond: value("preferred-place-of-death-second"),
    patientWishes: value("patient-wishes"),
    familyWishes: value("family-wishes"),
    awareOfDiagnosis: value("aware-of-diagnosis"),
    awareOfPrognosis: value("aware-of-prognosis"),
    organDonation: value("organ-donation"),
    communicationNeeds: value("communication-needs"),
    servicesInvolved: componentTexts(obs("services-involved"), "service"),
    equipmentInHome: componentTexts(obs("equipment-in-home"), "equipment"),
    planUpdated: updated
      ? {
          by: clinicianName(arr(updated.performer)[0], index) ?? componentText(updated, "updated-by"),
          on: dateView(updated.effectiveDateTime),
        }
      : null,
    adrt,
    anticipatoryMedicines: { items: anticipatory.items, location: value("anticipatory-medicines-location") },
    lastingPowerOfAttorney: contacts.items.filter((c) => c.role === "lpa-health-welfare"),
    keyContacts: contacts.items.filter((c) => c.role !== "lpa-health-welfare"),
    homeAccess: value("home-access"),
  };
}
