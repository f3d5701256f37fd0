import type { Coding, Medication, MedicationStatement, Observation, RelatedPerson } from "fhir/r4";
import { arr, conceptText, dateView, str } from "../fhir/fhir-values";
import { mapEach, sectionCompleteness } from "../fhir/section-source";
import { clinicianName } from "../fhir/source";
import { CODE_SYSTEM, SNOMED } from "../fhir/systems";
import { mapCondition } from "../clinical/map-problems";
import { readProduct } from "../medications/medication-product";
import { mapContact } from "./map-contact";
import type { EndOfLifeSection } from "./types";
import type { SectionInput } from "../section-registry/define-section";

const itemCode = (o: Observation) => arr<Coding>(o.code?.coding).find((c) => c?.system === CODE_SYSTEM.endOfLifeItem)?.code ?? null;
const components = (o: Observation | undefined, code: string) =>
  arr<NonNullable<Observation["component"]>[number]>(o?.component).filter((c) => arr<Coding>(c?.code?.coding).some((x) => x?.code === code) || c?.code?.text === code);
const componentText = (o: Observation | undefined, code: string) => str(components(o, code)[0]?.valueString);

// SNOMED CT 304253006 "Not for resuscitation", 304252001 "For resuscitation" (per the contract).
function cprDecision(o: Observation): NonNullable<EndOfLifeSection["cpr"]>["decision"] {
  const code = arr<Coding>(o.valueCodeableConcept?.coding).find((c) => c?.system === SNOMED)?.code;
  return code === "304253006" ? "not-for-resuscitation" : code === "304252001" ? "for-resuscitation" : "unknown";
}

export function mapEndOfLife({ index, lists }: SectionInput<"endOfLife">): EndOfLifeSection {
  const section = lists.endOfLife;
  const resources = section?.resources ?? [];
  const observations = resources.filter((r): r is Observation => r.resourceType === "Observation");
  const obs = (code: string) => observations.find((o) => itemCode(o) === code);
  const value = (code: string) => str(obs(code)?.valueString);
  const diagnoses = mapEach(resources.filter((r) => r.resourceType === "Condition"), (r) => (r.resourceType === "Condition" ? mapCondition(r, index) : null));
  const contacts = mapEach(resources.filter((r) => r.resourceType === "RelatedPerson"), (r) => (r.resourceType === "RelatedPerson" ? mapContact(r as RelatedPerson) : null));
  const anticipatory = mapEach(resources.filter((r) => r.resourceType === "MedicationStatement"), (r) => {
    const s = r as MedicationStatement;
    const product = readProduct(index.resolve<Medication>(s.medicationReference, "Medication"), str(s.medicationReference?.display));
    return { id: s.id ?? product.name, name: product.name, dosage: str(s.dosage?.[0]?.text) ?? "Not recorded", controlledDrug: product.controlledDrug !== null };
  });
  const register = obs("palliative-care-register");
  const cpr = obs("cpr-decision");
  const respect = obs("respect-priorities");
  const adrt = obs("adrt");
  return {
    completeness: sectionCompleteness(section, resources.length, diagnoses.unreadable + contacts.unreadable + anticipatory.unreadable, null),
    hasContent: resources.length > 0,
    palliativeCareRegister: register && register.valueBoolean !== false ? { since: dateView(register.effectiveDateTime) } : null,
    prognosis: value("prognosis"),
    relevantDiagnoses: diagnoses.items,
    cpr: cpr
      ? {
          decision: cprDecision(cpr),
          display: conceptText(cpr.valueCodeableConcept, "Decision not recorded"),
          formType: componentText(cpr, "form-type"),
          date: dateView(cpr.effectiveDateTime),
          reviewDate: dateView(components(cpr, "review-date")[0]?.valueDateTime),
          decidedBy: clinicianName(arr(cpr.performer)[0], index),
          formLocation: componentText(cpr, "form-location"),
        }
      : null,
    respect: respect
      ? {
          priority: str(respect.valueString) ?? "Not recorded",
          recommended: components(respect, "recommended-treatment").flatMap((c) => str(c.valueString) ?? []),
          notWanted: components(respect, "treatment-not-wanted").flatMap((c) => str(c.valueString) ?? []),
        }
      : null,
    preferredPlaceOfCare: value("preferred-place-of-care"),
    preferredPlaceOfDeath: value("preferred-place-of-death"),
    patientWishes: value("patient-wishes"),
    familyWishes: value("family-wishes"),
    adrt: adrt ? { refuses: str(adrt.valueString) ?? "Not recorded", documentLocation: str(arr<{ text?: string }>(adrt.note)[0]?.text), date: dateView(adrt.effectiveDateTime) } : null,
    anticipatoryMedicines: { items: anticipatory.items, location: value("anticipatory-medicines-location") },
    lastingPowerOfAttorney: contacts.items.filter((c) => c.role === "lpa-health-welfare"),
    keyContacts: contacts.items.filter((c) => c.role !== "lpa-health-welfare"),
    homeAccess: value("home-access"),
  };
}
