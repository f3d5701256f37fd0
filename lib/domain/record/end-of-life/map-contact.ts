import type { CodeableConcept, Coding, ContactPoint, HumanName, RelatedPerson } from "fhir/r4";
import { arr, conceptText, extension, str } from "../fhir/fhir-values";
import { personName } from "../fhir/source";
import { CODE_SYSTEM, EXT } from "../fhir/systems";
import type { Contact } from "./types";

const ROLE_LABEL: Record<Contact["role"], string> = {
  "lpa-health-welfare": "Lasting power of attorney (health and welfare)",
  "next-of-kin": "Next of kin",
  "main-carer": "Main carer",
  "key-worker": "Key worker",
  other: "Contact",
};

const flag = (person: RelatedPerson, url: string): boolean | null => {
  const v = extension(person, url)?.valueBoolean;
  return typeof v === "boolean" ? v : null;
};

// Contract: relationship[0] is the contact-role coding, relationship[1].text the family relationship.
export function mapContact(person: RelatedPerson): Contact {
  const relationships = arr<CodeableConcept>(person.relationship);
  const roleCoding = relationships.flatMap((r) => arr<Coding>(r?.coding)).find((c) => c?.system === CODE_SYSTEM.contactRole);
  const code = roleCoding?.code;
  const role: Contact["role"] =
    code === "lpa-health-welfare" || code === "next-of-kin" || code === "main-carer" || code === "key-worker" ? code : "other";
  const family = relationships.find((r) => !arr<Coding>(r?.coding).some((c) => c?.system === CODE_SYSTEM.contactRole));
  const phone = arr<ContactPoint>(person.telecom).find((t) => t?.system === "phone");
  return {
    id: person.id ?? `contact-${role}`,
    role,
    roleLabel: role === "other" && roleCoding ? conceptText({ coding: [roleCoding] }) : ROLE_LABEL[role],
    name: personName(arr<HumanName>(person.name)[0]) ?? "Name not recorded",
    relationship: family ? (str(family.text) ?? str(conceptText(family, ""))) : null,
    phone: str(phone?.value),
    lpaRegistered: flag(person, EXT.lpaRegistered),
    lpaCoversLifeSustaining: flag(person, EXT.lpaCoversLifeSustaining),
  };
}
