import type { Address, ContactPoint, Extension, HumanName, Identifier, Organization, Patient, Practitioner, Reference } from "fhir/r4";
import { ageAt } from "../../cui/age";
import { formatBorn } from "../../cui/born";
import { parseFhirDate } from "../../cui/fhir-date";
import { formatGender, isAdministrativeGender } from "../../cui/gender";
import { formatPatientName } from "../../cui/patient-name";
import { NOT_RECORDED } from "../../cui/uk-time";
import { formatNhsNumber, isValidNhsNumber } from "../../nhs-number";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, dateView, str } from "../fhir/fhir-values";
import { clinicianName, organisationSource } from "../fhir/source";
import { NHS_NUMBER_SYSTEM } from "../fhir/systems";
import { mapCommunicationNeeds, mapContacts } from "./map-people";
import type { PatientBanner } from "./types";

// Prefer the current official name; an ended or nickname entry must not head the banner.
function pickName(names: HumanName[]): HumanName | undefined {
  const current = names.filter((n) => n && typeof n === "object" && !str(n.period?.end));
  return current.find((n) => n.use === "official") ?? current.find((n) => n.use === "usual") ?? current[0] ?? names[0];
}

function pickAddress(addresses: Address[]): Address | undefined {
  const current = addresses.filter((a) => a && typeof a === "object" && !str(a.period?.end));
  return current.find((a) => a.use === "home") ?? current[0];
}

function mapAddress(address: Address | undefined): PatientBanner["address"] {
  const lines = [...arr<string>(address?.line), address?.city, address?.district].map(str).filter((l): l is string => l !== null);
  const postcode = str(address?.postalCode);
  const all = postcode ? [...lines, postcode] : lines;
  return { lines, postcode, display: all.length > 0 ? all.join(", ") : NOT_RECORDED };
}

/** The practice's name when the source gave only its ODS code and neither it nor the gateway named it. */
export const PRACTICE_NAME_NOT_KNOWN = "Name not known (ODS code only)";

// A search result carries the practice only as a reference (display + ODS identifier), not as a resource.
function practiceFromReference(patient: Patient): { name: string; odsCode: string | null } | null {
  const refs = arr<Reference>(patient.generalPractitioner);
  const ref = refs.find((r) => str(r?.display) !== null) ?? refs.find((r) => str(r?.identifier?.value) !== null);
  const name = str(ref?.display);
  const odsCode = str(ref?.identifier?.value);
  // Given only by ODS code, and no Organization with that code in the answer: shown by its code, saying the name is not
  // known, never as "not recorded".
  if (name === null && odsCode !== null) return { name: PRACTICE_NAME_NOT_KNOWN, odsCode };
  return name ? { name, odsCode } : null;
}

/** Out-of-hours arrangements, as the mock MIG's local extension carries them (mock-mig/README.md). */
export const OUT_OF_HOURS_EXTENSION = "https://mock-mig.example/fhir/StructureDefinition/out-of-hours-arrangements";

/** The practice's phone number and out-of-hours arrangements, from its Organization when the Bundle has it. */
export function practiceContact(org: Organization | undefined): { phone: string | null; outOfHours: string | null } {
  const phone = arr<ContactPoint>(org?.telecom).find((t) => t?.system === "phone" && !str(t.period?.end));
  const ooh = arr<Extension>(org?.extension).find((e) => e?.url === OUT_OF_HOURS_EXTENSION);
  return { phone: str(phone?.value), outOfHours: str(ooh?.valueString) };
}

export function mapPatient(index: BundleIndex, now: Date): PatientBanner {
  const patient: Patient = index.patient;
  const nhs = str(arr<Identifier>(patient.identifier).find((i) => i?.system === NHS_NUMBER_SYSTEM)?.value)?.replace(/\s/g, "") ?? null;
  const birth = parseFhirDate(str(patient.birthDate));
  const deceasedDate = str(patient.deceasedDateTime);
  const deceased = deceasedDate !== null || patient.deceasedBoolean === true ? { date: dateView(deceasedDate) } : null;
  const deathAt = parseFhirDate(deceasedDate);
  const practice = index.registeredPractice
    ? organisationSource(index.registeredPractice, index, "own-practice")
    : practiceFromReference(patient);
  const phone = arr<ContactPoint>(patient.telecom).find((t) => t?.system === "phone" && !str(t.period?.end));
  // The contract links the Patient only to the practice; a Practitioner link is used when present.
  const gp = arr<Reference>(patient.generalPractitioner).find((ref) => index.resolve<Practitioner>(ref, "Practitioner"));
  const contacts = mapContacts(index, now);
  const communicationNeeds = mapCommunicationNeeds(index);
  return {
    name: formatPatientName(pickName(arr<HumanName>(patient.name))),
    nhsNumber: nhs,
    nhsNumberDisplay: nhs === null ? NOT_RECORDED : formatNhsNumber(nhs),
    nhsNumberValid: nhs !== null && isValidNhsNumber(nhs),
    birthDate: dateView(patient.birthDate),
    born: formatBorn(birth, now, deathAt),
    age: ageAt(birth, deathAt?.start ?? now)?.display ?? null,
    gender: formatGender(isAdministrativeGender(patient.gender) ? patient.gender : null),
    deceased,
    address: mapAddress(pickAddress(arr<Address>(patient.address))),
    phone: str(phone?.value),
    registeredPractice: practice
      ? { name: practice.name, odsCode: practice.odsCode, ...(index.registeredPractice ? practiceContact(index.registeredPractice) : {}) }
      : null,
    usualGp: gp ? clinicianName(gp, index) : null,
    ...(contacts.length > 0 ? { contacts } : {}),
    ...(communicationNeeds.length > 0 ? { communicationNeeds } : {}),
  };
}
