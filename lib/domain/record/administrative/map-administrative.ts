import type { CodeableConcept, Coding, Extension, Identifier, Organization } from "fhir/r4";
import { NOT_RECORDED } from "../../cui/uk-time";
import { buildCompleteness } from "../completeness";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, codingText, dateView, str } from "../fhir/fhir-values";
import { organisationSource } from "../fhir/source";
import { NHS_NUMBER_SYSTEM } from "../fhir/systems";
import type { AdministrativeItem, AdministrativeSection } from "./types";

const VERIFICATION_URL = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";

/**
 * GP Connect's Administrative items (registration history, appointments and the like) have no
 * List in the MIG contract. What the Bundle does say — registration and NHS number verification —
 * is shown, and the section is marked as not retrieved so nobody reads it as the full set.
 */
export function mapAdministrative(index: BundleIndex): AdministrativeSection {
  const practiceOrg: Organization | undefined = index.registeredPractice;
  const practice = practiceOrg ? organisationSource(practiceOrg, index, "own-practice") : null;
  const nhs = arr<Identifier>(index.patient.identifier).find((i) => i?.system === NHS_NUMBER_SYSTEM);
  const verification = arr<Extension>(nhs?.extension).find((e) => e?.url === VERIFICATION_URL)?.valueCodeableConcept as CodeableConcept | undefined;
  const source = practice ?? { name: "Organisation not recorded", odsCode: null, kind: "unknown" as const };
  const row = (id: string, label: string, value: string): AdministrativeItem => ({ id, source, recorded: dateView(undefined), label, value });
  const items = [
    row("registered-practice", "Registered GP practice", practice ? `${practice.name}${practice.odsCode ? ` (${practice.odsCode})` : ""}` : NOT_RECORDED),
    row("commissioner", "Commissioning organisation", str(practiceOrg?.partOf?.display) ?? NOT_RECORDED),
    row("nhs-number-status", "NHS number status", codingText(arr<Coding>(verification?.coding)[0]) ?? str(verification?.text) ?? NOT_RECORDED),
  ];
  return { completeness: buildCompleteness({ shown: items.length, sourceUnavailable: true }), items };
}
