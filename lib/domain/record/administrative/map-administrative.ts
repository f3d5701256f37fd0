import type { CodeableConcept, Coding, ContactPoint, Extension, Identifier, Organization } from "fhir/r4";
import { NOT_RECORDED } from "../../cui/uk-time";
import { buildCompleteness } from "../completeness";
import { arr, codingText, dateView, str } from "../fhir/fhir-values";
import { organisationSource } from "../fhir/source";
import { organisationLabel } from "../../cui/organisation-label";
import { NHS_NUMBER_SYSTEM } from "../fhir/systems";
import type { AdministrativeItem, AdministrativeSection } from "./types";
import type { SectionInput } from "../section-registry/define-section";

const VERIFICATION_URL = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";

/**
 * What the Patient and its registration say: the registered practice and how to phone it, the commissioner, and
 * the NHS number's verification status. The gateway has no administrative List (appointments and the like are
 * not shared), so nothing is asked for and nothing can be missing: the section is complete for what it is, and the
 * page says where the rows come from.
 */
export function mapAdministrative({ index }: SectionInput<never>): AdministrativeSection {
  const practiceOrg: Organization | undefined = index.registeredPractice;
  const practice = practiceOrg ? organisationSource(practiceOrg, index, "own-practice") : null;
  const nhs = arr<Identifier>(index.patient.identifier).find((i) => i?.system === NHS_NUMBER_SYSTEM);
  const verification = arr<Extension>(nhs?.extension).find((e) => e?.url === VERIFICATION_URL)?.valueCodeableConcept as
    CodeableConcept | undefined;
  const phone = arr<ContactPoint>(practiceOrg?.telecom).find((t) => t?.system === "phone");
  const source = practice ?? { name: "Organisation not recorded", odsCode: null, kind: "unknown" as const };
  const row = (id: string, label: string, value: string): AdministrativeItem => ({
    id,
    source,
    recorded: dateView(undefined),
    label,
    value,
  });
  const items = [
    row("registered-practice", "Registered GP practice", practice ? organisationLabel(practice) : NOT_RECORDED),
    row("practice-phone", "Practice telephone", str(phone?.value) ?? NOT_RECORDED),
    row("commissioner", "Commissioning organisation", str(practiceOrg?.partOf?.display) ?? NOT_RECORDED),
    row(
      "nhs-number-status",
      "NHS number status",
      codingText(arr<Coding>(verification?.coding)[0]) ?? str(verification?.text) ?? NOT_RECORDED,
    ),
  ];
  return { completeness: buildCompleteness({ shown: items.length }), items };
}
