// Who the person is, beyond the banner's core: their contacts (Patient.contact and RelatedPerson resources, wherever
// the source put them) and their communication needs (language, interpreter, British Sign Language, Makaton…).
// Contacts are shown with the patient's details, never as end-of-life data unless the end-of-life dataset says so.
import type {
  CodeableConcept,
  Coding,
  ContactPoint,
  Extension,
  Flag,
  HumanName,
  Patient,
  PatientContact,
  Period,
  RelatedPerson,
} from "fhir/r4";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, conceptText, dateView, extension, str } from "../fhir/fhir-values";
import { personName } from "../fhir/source";
import { ENDED_CONTACT, mergeContacts } from "./record-people";
import type { PatientBanner } from "./types";

type PersonContact = NonNullable<PatientBanner["contacts"]>[number];

/** HL7 v2 table 0131 contact roles as FHIR R4 uses them for Patient.contact.relationship. */
const V2_0131: Record<string, string> = {
  N: "Next of kin",
  C: "Emergency contact",
  E: "Employer",
  F: "Federal agency",
  I: "Insurance company",
  O: "Other",
  S: "State agency",
  U: "Unknown",
};

function roleWords(concepts: readonly CodeableConcept[]): { role: string | null; relationship: string | null } {
  const words = concepts.map((c) => {
    const coding = arr<Coding>(c?.coding)[0];
    const code = str(coding?.code);
    return str(c?.text) ?? str(coding?.display) ?? (code && V2_0131[code]) ?? code;
  });
  const [role = null, ...rest] = words.filter((w): w is string => w !== null);
  return { role, relationship: rest.length > 0 ? rest.join(", ") : null };
}

const phoneOf = (telecom: unknown) => str(arr<ContactPoint>(telecom).find((t) => t?.system === "phone")?.value);

/**
 * A contact the source says has ended (RelatedPerson.active false, or a period that ended before now) is still listed,
 * never dropped, but says so in its role and goes after the current ones: ringing a former carer is a wasted call.
 */
function endedWords(period: Period | undefined, active: boolean | undefined, now: Date): string | null {
  const end = dateView(period?.end);
  if (end.sortKey !== null && end.sortKey < now.getTime()) return `${ENDED_CONTACT} since ${end.display}`;
  if (active === false) return `${ENDED_CONTACT}: marked inactive`;
  return null;
}

const withEnded = (role: string, ended: string | null) => (ended ? `${role} (${ended})` : role);

function fromPatientContact(contact: PatientContact, i: number, now: Date): PersonContact {
  const { role, relationship } = roleWords(arr<CodeableConcept>(contact.relationship));
  return {
    id: `patient-contact-${i}`,
    name: personName(contact.name) ?? str(contact.organization?.display) ?? "Name not recorded",
    role: withEnded(role ?? "Contact", endedWords(contact.period, undefined, now)),
    relationship,
    phone: phoneOf(contact.telecom),
  };
}

function fromRelatedPerson(person: RelatedPerson, now: Date): PersonContact {
  const { role, relationship } = roleWords(arr<CodeableConcept>(person.relationship));
  return {
    id: person.id ?? "related-person",
    name: personName(arr<HumanName>(person.name)[0]) ?? "Name not recorded",
    role: withEnded(role ?? "Contact", endedWords(person.period, person.active, now)),
    relationship,
    phone: phoneOf(person.telecom),
  };
}

export function mapContacts(index: BundleIndex, now: Date): PersonContact[] {
  const patient: Patient = index.patient;
  const related = index.resources.filter((r): r is RelatedPerson => r.resourceType === "RelatedPerson");
  // Next of kin in Patient.contact is often the same person as a RelatedPerson (the wife): listed once, with both roles.
  return mergeContacts([
    ...arr<PatientContact>(patient.contact).map((c, i) => fromPatientContact(c, i, now)),
    ...related.map((r) => fromRelatedPerson(r, now)),
  ]);
}

const INTERPRETER = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired";
/** GP Connect STU3 NHS communication (sub-extensions language, interpreterRequired, modeOfCommunication). */
const GPC_COMMUNICATION = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1";

/**
 * NHS England's National Reasonable Adjustment Flag, as its FHIR Reasonable Adjustments API (draft) publishes it: a
 * Flag with category PatientFlagCategory `NRAF` (the master flag has it as its code), each adjustment with its
 * RA-FlagCategory category and a SNOMED CT code. The codes are read as the source words them, never looked up.
 */
export const PATIENT_FLAG_CATEGORY = "https://fhir.nhs.uk/England/CodeSystem/PatientFlagCategory";
export const RA_FLAG_CATEGORY = "https://fhir.nhs.uk/England/CodeSystem/RA-FlagCategory";

const isNraf = (concept: CodeableConcept | undefined) =>
  arr<Coding>(concept?.coding).some((c) => c?.system === PATIENT_FLAG_CATEGORY && c.code === "NRAF");

/** "Reasonable adjustment (Communication support): Requires support for receptive communication needs". */
function reasonableAdjustments(index: BundleIndex): string[] {
  const flags = index.resources.filter((r): r is Flag => r.resourceType === "Flag" && r.status === "active");
  return flags.flatMap((flag) => {
    const categories = arr<CodeableConcept>(flag.category);
    const master = isNraf(flag.code);
    if (!master && !categories.some(isNraf)) return [];
    if (master) return ["Reasonable adjustment flag recorded"];
    const kind = categories
      .flatMap((c) => arr<Coding>(c?.coding).filter((x) => x?.system === RA_FLAG_CATEGORY))
      .map((c) => str(c.display) ?? str(c.code))
      .find((w): w is string => w !== null);
    const what = conceptText(flag.code, "") || "details not recorded";
    return [`Reasonable adjustment${kind ? ` (${kind})` : ""}: ${what}`];
  });
}

export function mapCommunicationNeeds(index: BundleIndex): string[] {
  const patient: Patient = index.patient;
  const needs: string[] = [];
  const interpreterNeeded = extension(patient, INTERPRETER)?.valueBoolean === true;
  for (const c of arr<NonNullable<Patient["communication"]>[number]>(patient.communication)) {
    const language = conceptText(c?.language, "");
    if (language) needs.push(c?.preferred ? `Preferred language: ${language}` : `Language: ${language}`);
  }
  for (const ext of arr<Extension>(patient.extension).filter((e) => e?.url === GPC_COMMUNICATION)) {
    const language = conceptText(extension(ext, "language")?.valueCodeableConcept, "");
    if (language) needs.push(`Language: ${language}`);
    if (extension(ext, "interpreterRequired")?.valueBoolean === true) needs.push(`Interpreter required${language ? ` (${language})` : ""}`);
    const mode = conceptText(extension(ext, "modeOfCommunication")?.valueCodeableConcept, "");
    if (mode) needs.push(`Communication: ${mode}`);
  }
  if (interpreterNeeded && !needs.some((n) => n.startsWith("Interpreter"))) needs.push("Interpreter required");
  needs.push(...reasonableAdjustments(index));
  return [...new Set(needs)];
}
