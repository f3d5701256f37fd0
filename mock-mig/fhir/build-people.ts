// Patient, Organization, Practitioner and PractitionerRole.

import { RESTRICTED_LABEL } from "../../lib/domain/access/restricted-patient";
import type { Organization, Patient, Practitioner, PractitionerRole, RelatedPerson } from "fhir/r4";
import type { Clinician, Org, PersonalContact } from "../clinical/model";
import { outOfHoursArrangements, practiceOrg } from "../clinical/organisations";
import type { Practice } from "../population/practices";
import { isoDate } from "../population/days";
import type { Demographics } from "../population/demographics";
import { mix32 } from "../population/prng";
import { ref } from "./bundle-builder";
import { EXTENSIONS, SYSTEMS } from "./systems";

/** An opaque per-patient token for resource ids: stable, but not the NHS number. */
export function patientToken(d: Pick<Demographics, "index" | "nhsNumber">): string {
  return mix32(d.index, Number(d.nhsNumber.slice(0, 9)))
    .toString(16)
    .padStart(8, "0");
}

export function orgId(org: Pick<Org, "odsCode">): string {
  return `org-${org.odsCode.toLowerCase()}`;
}

/** The registered practice as the gateway describes it: phone number and, when known, its out-of-hours arrangements. */
export function buildPracticeOrganization(practice: Practice): Organization {
  const organization = buildOrganization(practiceOrg(practice), practice.ccgName, practice.phone);
  const ooh = outOfHoursArrangements(practice);
  return ooh ? { ...organization, extension: [{ url: EXTENSIONS.outOfHoursArrangements, valueString: ooh }] } : organization;
}

export function buildOrganization(org: Org, partOfName?: string, phone?: string): Organization {
  return {
    resourceType: "Organization",
    id: orgId(org),
    identifier: [{ system: SYSTEMS.ods, value: org.odsCode }],
    active: true,
    type: [{ coding: [{ system: SYSTEMS.organisationKind, code: org.type, display: ORG_TYPE_DISPLAY[org.type] }] }],
    name: org.name,
    ...(phone ? { telecom: [{ system: "phone", value: phone, use: "work" }] } : {}),
    ...(partOfName ? { partOf: { display: partOfName } } : {}),
  };
}

const ORG_TYPE_DISPLAY: Record<Org["type"], string> = {
  "gp-practice": "GP practice",
  "out-of-hours-provider": "Out of hours service",
  "nhs-trust": "NHS trust (hospital)",
};

export function buildPractitioner(c: Clinician): Practitioner {
  return {
    resourceType: "Practitioner",
    id: `pr-${c.key.toLowerCase()}`,
    identifier: [{ system: SYSTEMS.sdsUser, value: c.sdsId }],
    name: [{ use: "usual", family: c.family, given: [c.given], ...(c.prefix ? { prefix: [c.prefix] } : {}) }],
  };
}

export function buildPractitionerRole(c: Clinician): PractitionerRole {
  return {
    resourceType: "PractitionerRole",
    id: `prr-${c.key.toLowerCase()}`,
    practitioner: ref("Practitioner", `pr-${c.key.toLowerCase()}`, `${c.prefix ? `${c.prefix} ` : ""}${c.given} ${c.family}`),
    organization: ref("Organization", orgId(c.org), c.org.name),
    code: [{ text: c.role }],
  };
}

export function buildPatient(d: Demographics, practice: Org): Patient {
  return {
    resourceType: "Patient",
    id: `pat-${patientToken(d)}`,
    // A sensitive patient carries the restricted label as PDS marks it; the label, not the flag, decides who is hidden.
    ...(d.sensitive
      ? {
          meta: {
            security: [
              d.restriction === "V" ? { system: RESTRICTED_LABEL.system, code: "V", display: "very restricted" } : { ...RESTRICTED_LABEL },
            ],
          },
        }
      : {}),
    identifier: [
      {
        extension: [
          {
            url: EXTENSIONS.nhsNumberVerification,
            valueCodeableConcept: {
              coding: [{ system: SYSTEMS.nhsNumberVerification, code: "01", display: "Number present and verified" }],
            },
          },
        ],
        system: SYSTEMS.nhsNumber,
        value: d.nhsNumber,
      },
    ],
    active: true,
    name: [{ use: "official", family: d.family, given: d.given, ...(d.prefix ? { prefix: [d.prefix] } : {}) }],
    telecom: [{ system: "phone", value: d.phone, use: d.phone.startsWith("07") ? "mobile" : "home" }],
    gender: d.sex,
    birthDate: isoDate(d.birthDay),
    ...(d.deathDay !== undefined ? { deceasedDateTime: isoDate(d.deathDay) } : {}),
    address: [{ use: "home", type: "both", line: d.address.line, city: d.address.town, postalCode: d.address.postcode }],
    generalPractitioner: [
      { ...ref("Organization", orgId(practice), practice.name), identifier: { system: SYSTEMS.ods, value: practice.odsCode } },
    ],
    managingOrganization: {
      ...ref("Organization", orgId(practice), practice.name),
      identifier: { system: SYSTEMS.ods, value: practice.odsCode },
    },
    ...(d.contacts?.length
      ? {
          contact: d.contacts.map((c) => ({
            relationship: [
              {
                coding: [
                  { system: SYSTEMS.contactRelationship, code: c.role, display: c.role === "N" ? "Next-of-Kin" : "Emergency Contact" },
                ],
              },
              { text: c.relationship },
            ],
            name: { use: "official" as const, family: c.family, given: [c.given] },
            telecom: [{ system: "phone" as const, value: c.phone }],
          })),
        }
      : {}),
  };
}

/** An ordinary contact as a RelatedPerson: in the Bundle with the Patient, on no List (not end-of-life data). */
export function buildRelatedPerson(token: string, c: PersonalContact): RelatedPerson {
  return {
    resourceType: "RelatedPerson",
    id: `${token}-rp-${c.key}`,
    active: true,
    patient: { reference: `Patient/pat-${token}` },
    relationship: [{ text: c.relationship }],
    name: [{ use: "official", family: c.family, given: [c.given] }],
    telecom: [{ system: "phone", value: c.phone }],
  };
}
