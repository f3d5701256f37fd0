import type { Coding, Medication, MedicationStatement, Observation, RelatedPerson } from "fhir/r4";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, dateView, extension, str } from "../fhir/fhir-values";
import { mapEach, readSection, sectionCompleteness } from "../fhir/section-source";
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

// Contract: the ReSPECT ceiling of treatment is a component coded in the MIG's local ceiling-of-treatment system.
function ceilingOf(o: Observation): { ceiling: CeilingOfTreatment | null; ceilingText: string | null } {
  const component = arr<NonNullable<Observation["component"]>[number]>(o.component).find((c) => arr<Coding>(c?.code?.coding).some((x) => x?.code === "ceiling-of-treatment"));
  if (!component) return { ceiling: null, ceilingText: null };
  const coding = arr<Coding>(component.valueCodeableConcept?.coding).find((c) => c?.system === CODE_SYSTEM.ceilingOfTreatment);
  const code = str(coding?.code);
  const ceiling = CEILINGS.find((c) => c === code) ?? "unknown";
  return { ceiling, ceilingText: str(component.valueCodeableConcept?.text) ?? str(coding?.display) };
}

const quantity = (q: { value?: number; unit?: string } | undefined) => (typeof q?.value === "number" ? `${q.value}${q.unit ? ` ${q.unit}` : ""}` : null);

function anticipatoryMedicine(s: MedicationStatement, index: BundleIndex): AnticipatoryMedicine {
  const product = readProduct(index.resolve<Medication>(s.medicationReference, "Medication"), str(s.medicationReference?.display));
  const dosage = s.dosage?.[0];
  const range = dosage?.doseAndRate?.[0]?.doseRange;
  const low = quantity(range?.low);
  const high = quantity(range?.high);
  const max = dosage?.maxDosePerPeriod;
  const maxAmount = quantity(max?.numerator);
  const per = max?.denominator;
  const maxIn24Hours = maxAmount && per?.value === 24 && per.unit?.startsWith("h") ? `${maxAmount} in 24 hours` : maxAmount && per?.value === 1 && per.unit?.startsWith("d") ? `${maxAmount} in 24 hours` : null;
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

export function mapEndOfLife(index: BundleIndex, now: Date = new Date()): EndOfLifeSection {
  const section = readSection(index, "endOfLife");
  const resources = section?.resources ?? [];
  const observations = resources.filter((r): r is Observation => r.resourceType === "Observation");
  // Void entries of any item are never read as the item (entered-in-error, cancelled).
  const live = observations.filter((o) => entryStatus(o.status) === "effective");
  const obs = (code: string) => live.find((o) => itemCode(o) === code);
  const value = (code: string) => str(obs(code)?.valueString);
  const diagnoses = mapEach(resources.filter((r) => r.resourceType === "Condition"), (r) => (r.resourceType === "Condition" ? mapCondition(r, index) : null));
  const contacts = mapEach(resources.filter((r) => r.resourceType === "RelatedPerson"), (r) => (r.resourceType === "RelatedPerson" ? mapContact(r as RelatedPerson) : null));
  const anticipatory = mapEach(resources.filter((r) => r.resourceType === "MedicationStatement"), (r) => anticipatoryMedicine(r as MedicationStatement, index));
  const cprEntries = mapEach(observations.filter((o) => itemCode(o) === "cpr-decision"), (r) => {
    const o = r as Observation;
    return { ...mapCprDecision(o, index, now), status: entryStatus(o.status) };
  });
  const cpr = selectCprDecision(cprEntries.items);
  const strip = <T extends { status: unknown }>({ status: _status, ...rest }: T) => rest;
  const register = obs("palliative-care-register");
  const respect = obs("respect-priorities");
  const adrt = obs("adrt");
  const updated = obs("plan-updated");
  const unreadable = diagnoses.unreadable + contacts.unreadable + anticipatory.unreadable + cprEntries.unreadable;
  return {
    completeness: sectionCompleteness(section, resources.length, unreadable, null),
    hasContent: resources.length > 0,
    palliativeCareRegister: register && register.valueBoolean !== false ? { since: dateView(register.effectiveDateTime) } : null,
    prognosis: value("prognosis"),
    relevantDiagnoses: diagnoses.items,
    cpr: cpr.current ? strip(cpr.current) : null,
    cprOlder: cpr.older.map(strip),
    cprVoided: cpr.voided,
    cprUnclear: cpr.unclear,
    respect: respect
      ? {
          priority: str(respect.valueString) ?? "Not recorded",
          recommended: componentTexts(respect, "recommended-treatment"),
          notWanted: componentTexts(respect, "treatment-not-wanted"),
          ...ceilingOf(respect),
          recorded: { by: clinicianName(arr(respect.performer)[0], index), on: dateView(respect.effectiveDateTime) },
        }
      : null,
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
    planUpdated: updated ? { by: clinicianName(arr(updated.performer)[0], index) ?? componentText(updated, "updated-by"), on: dateView(updated.effectiveDateTime) } : null,
    adrt: adrt ? { refuses: str(adrt.valueString) ?? "Not recorded", documentLocation: str(arr<{ text?: string }>(adrt.note)[0]?.text), date: dateView(adrt.effectiveDateTime) } : null,
    anticipatoryMedicines: { items: anticipatory.items, location: value("anticipatory-medicines-location") },
    lastingPowerOfAttorney: contacts.items.filter((c) => c.role === "lpa-health-welfare"),
    keyContacts: contacts.items.filter((c) => c.role !== "lpa-health-welfare"),
    homeAccess: value("home-access"),
  };
}
