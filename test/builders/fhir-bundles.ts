// Small hand-written FHIR Bundles for the mapping tests, shaped like the mock MIG contract.
// Synthetic data only. Resources are loosely typed on purpose: tests feed odd and broken fields.
import { EXT, MIG, NHS_NUMBER_SYSTEM, ODS_SYSTEM } from "@/lib/domain/record/fhir/systems";
import { SOURCE_SECTIONS } from "@/lib/domain/record/section-registry/registry";

/** Every List the sections are read from, by the name their descriptors give it ("medication", "resolvedAllergies"). */
const SECTION_LIST_CODES: Record<string, string> = Object.fromEntries(SOURCE_SECTIONS.flatMap((d) => Object.entries(d.lists)));
type SectionKey = string;

export type Json = Record<string, unknown>;

export const practice: Json = {
  resourceType: "Organization",
  id: "org-y90001",
  identifier: [{ system: ODS_SYSTEM, value: "Y90001" }],
  type: [{ coding: [{ system: `${MIG}CodeSystem/organisation-kind`, code: "gp-practice" }] }],
  name: "Riverside Surgery",
};

export const ooh: Json = {
  resourceType: "Organization",
  id: "org-yoh01",
  identifier: [{ system: ODS_SYSTEM, value: "YOH01" }],
  type: [{ coding: [{ system: `${MIG}CodeSystem/organisation-kind`, code: "out-of-hours-provider" }] }],
  name: "Harbour Out of Hours",
};

export const gp: Json = { resourceType: "Practitioner", id: "pr-1", name: [{ family: "Jones", given: ["Alice"], prefix: ["Dr"] }] };
export const gpRole: Json = {
  resourceType: "PractitionerRole",
  id: "prr-1",
  practitioner: { reference: "Practitioner/pr-1" },
  organization: { reference: "Organization/org-y90001" },
};

export function patient(over: Json = {}): Json {
  return {
    resourceType: "Patient",
    id: "pat-1",
    identifier: [{ system: NHS_NUMBER_SYSTEM, value: "9000000009" }],
    name: [{ use: "official", family: "Smith", given: ["Richard"], prefix: ["Mr"] }],
    gender: "male",
    birthDate: "1945-07-14",
    address: [{ use: "home", line: ["1 High Street"], city: "Leeds", postalCode: "LS1 1AA" }],
    generalPractitioner: [{ reference: "Organization/org-y90001" }],
    ...over,
  };
}

export function list(section: SectionKey, refs: string[], over: Json = {}): Json {
  return {
    resourceType: "List",
    id: `list-${section}`,
    status: "current",
    mode: "snapshot",
    code: { coding: [{ system: "http://snomed.info/sct", code: SECTION_LIST_CODES[section] }] },
    entry: refs.map((reference) => ({ item: { reference } })),
    ...over,
  };
}

export const withheldWarning: Json = {
  extension: [{ url: EXT.listWarning, valueCode: "confidential-items" }],
  note: [{ text: "Items excluded due to confidentiality and/or patient preferences." }],
};

export function bundle(...resources: Json[]): Json {
  return { resourceType: "Bundle", type: "collection", entry: resources.map((resource) => ({ resource })) };
}

/** Patient, practice and usual GP: the parts the contract says are always present. */
export function baseBundle(...resources: Json[]): Json {
  return bundle(patient(), practice, gp, gpRole, ...resources);
}

export function prescribingOrg(orgId: string, kind: string): Json {
  return {
    url: EXT.prescribingOrganisation,
    extension: [
      { url: "organisation", valueReference: { reference: `Organization/${orgId}` } },
      { url: "kind", valueCode: kind },
    ],
  };
}
