import type {
  CodeableConcept,
  Coding,
  Extension,
  FhirResource,
  HumanName,
  Identifier,
  Organization,
  Practitioner,
  PractitionerRole,
  Reference,
} from "fhir/r4";
import type { OrganisationKind, SourceOrganisation } from "../common";
import type { BundleIndex } from "./bundle-index";
import { arr, extension, str } from "./fhir-values";
import { CODE_SYSTEM, EXT, ODS_SYSTEM } from "./systems";

const odsOf = (org: Organization | undefined) => str(arr<Identifier>(org?.identifier).find((i) => i?.system === ODS_SYSTEM)?.value);

function isRegisteredPractice(org: Organization, index: BundleIndex): boolean {
  const practice = index.registeredPractice;
  if (practice === undefined) return false;
  return org === practice || (odsOf(org) !== null && odsOf(org) === odsOf(practice));
}

// Contract: Organization.type uses the MIG's organisation-kind codes.
function kindFromType(org: Organization): OrganisationKind {
  const codes = arr<CodeableConcept>(org.type).flatMap((t) => arr<Coding>(t?.coding));
  const code = codes.find((c) => c?.system === CODE_SYSTEM.organisationKind)?.code ?? codes[0]?.code;
  switch (code) {
    case "gp-practice":
      return "other-practice";
    case "out-of-hours-provider":
      return "out-of-hours";
    case "nhs-trust":
      return "hospital";
    default:
      return code === undefined ? "unknown" : "other";
  }
}

// Contract: prescribing-organisation.kind on MedicationStatement and MedicationRequest.
function kindFromPrescribing(code: string | null): OrganisationKind | null {
  switch (code) {
    case "registered-practice":
      return "own-practice";
    case "temporary-resident":
      return "other-practice";
    case "out-of-hours":
      return "out-of-hours";
    case "hospital":
      return "hospital";
    default:
      return null;
  }
}

export function organisationSource(
  org: Organization | undefined,
  index: BundleIndex,
  hint: OrganisationKind | null = null,
): SourceOrganisation {
  if (org === undefined) return { name: "Organisation not recorded", odsCode: null, kind: hint ?? "unknown" };
  const kind = hint ?? (isRegisteredPractice(org, index) ? "own-practice" : kindFromType(org));
  return { name: str(org.name) ?? "Organisation name not recorded", odsCode: odsOf(org), kind };
}

/** The organisation behind a reference to an Organization, PractitionerRole or Practitioner. */
function organisationBehind(ref: Reference | undefined, index: BundleIndex): Organization | undefined {
  return (
    index.resolve<Organization>(ref, "Organization") ??
    index.resolve<Organization>(index.resolve<PractitionerRole>(ref, "PractitionerRole")?.organization, "Organization")
  );
}

type Attributed = FhirResource & { extension?: Extension[] };

/**
 * Where an item came from. Medication carries the MIG's prescribing-organisation extension. For
 * other items the contract names no source, so the item's own author (recorder, asserter,
 * requester, performer, service provider) is followed to an Organization; failing that, the
 * registered practice that supplied the record is the honest default.
 */
export function sourceFor(resource: Attributed, index: BundleIndex): SourceOrganisation {
  const prescribing = extension(resource, EXT.prescribingOrganisation);
  if (prescribing) {
    const org = index.resolve<Organization>(extension(prescribing, "organisation")?.valueReference, "Organization");
    return organisationSource(org, index, kindFromPrescribing(str(extension(prescribing, "kind")?.valueCode)));
  }
  const r = resource as unknown as Record<string, unknown>;
  const performer = arr<{ actor?: Reference } & Reference>(r.performer)[0];
  const candidates = [r.recorder, r.asserter, r.requester, r.informationSource, r.serviceProvider, performer?.actor, performer, r.author];
  for (const candidate of candidates) {
    const org = organisationBehind(candidate as Reference | undefined, index);
    if (org) return organisationSource(org, index);
  }
  return organisationSource(index.registeredPractice, index, index.registeredPractice ? "own-practice" : null);
}

export function personName(name: HumanName | undefined): string | null {
  if (!name) return null;
  const text = str(name.text);
  if (text) return text;
  const parts = [...arr<string>(name.prefix), ...arr<string>(name.given), str(name.family) ?? ""]
    .map((p) => (typeof p === "string" ? p.trim() : ""))
    .filter((p) => p !== "");
  return parts.length > 0 ? parts.join(" ") : null;
}

/** "Dr Jane Smith" from a reference to a Practitioner or PractitionerRole, or its display text. */
export function clinicianName(ref: unknown, index: BundleIndex): string | null {
  const role = index.resolve<PractitionerRole>(ref, "PractitionerRole");
  const practitioner = index.resolve<Practitioner>(role ? role.practitioner : ref, "Practitioner");
  return personName(arr<HumanName>(practitioner?.name)[0]) ?? str((ref as Reference | undefined)?.display);
}
