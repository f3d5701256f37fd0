// URLs and codes from the mock MIG contract (mock-mig/README.md, "Contract"). Kept here rather than
// imported from mock-mig/ so the viewer depends on the documented contract, not the mock's code.

export const MIG = "https://mock-mig.example/fhir/";
export const SNOMED = "http://snomed.info/sct";
export const NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
export const ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
export const UKCORE = "https://fhir.hl7.org.uk/StructureDefinition/";

/** GP Connect STU3 (Access Record: Structured 1.5/1.6) profiles and extensions; checked against the published spec (docs/real-records.md). */
export const GPC_STU3 = "https://fhir.nhs.uk/STU3/StructureDefinition/";

export const EXT = {
  /** UK Core: when and why an allergy ended (sub-extensions endDate, reasonEnded). */
  allergyEnd: `${UKCORE}Extension-UKCore-AllergyIntoleranceEnd`,
  /** GP Connect STU3 twin of allergyEnd (same sub-extensions). */
  gpcAllergyEnd: `${GPC_STU3}Extension-CareConnect-GPC-AllergyIntoleranceEnd-1`,
  listWarning: `${UKCORE}Extension-UKCore-ListWarningCode`,
  /** UK Core episodicity of a Condition (first, new, review, …). */
  conditionEpisode: `${UKCORE}Extension-UKCore-ConditionEpisode`,
  /** Care Connect STU3 problem significance (valueCode major | minor), as GP Connect STU3 ProblemHeaders send it; R4 has no twin. */
  careConnectProblemSignificance: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1",
  /** UK Core prescribing organisation type (prescribed-at-gp-practice | prescribed-by-another-organisation). */
  prescribingOrganizationType: `${UKCORE}Extension-UKCore-MedicationPrescribingOrganization`,
  /** GP Connect STU3 prescribing agency (adds prescribed-by-previous-practice). */
  gpcPrescribingAgency: `${GPC_STU3}Extension-CareConnect-GPC-PrescribingAgency-1`,
  lastIssueDate: `${UKCORE}Extension-UKCore-MedicationStatementLastIssueDate`,
  repeatInformation: `${UKCORE}Extension-UKCore-MedicationRepeatInformation`,
  statusReason: `${UKCORE}Extension-UKCore-MedicationStatusReason`,
  prescribingOrganisation: `${MIG}StructureDefinition/prescribing-organisation`,
  drugClass: `${MIG}StructureDefinition/drug-class`,
  controlledDrug: `${MIG}StructureDefinition/controlled-drug`,
  reviewDate: `${MIG}StructureDefinition/review-date`,
  prescriptionType: `${MIG}StructureDefinition/prescription-type`,
  anticipatory: `${MIG}StructureDefinition/anticipatory-medicine`,
  problemSignificance: `${MIG}StructureDefinition/problem-significance`,
  lpaRegistered: `${MIG}StructureDefinition/lpa-registered`,
  ceilingOfTreatment: `${MIG}StructureDefinition/ceiling-of-treatment`,
  lpaCoversLifeSustaining: `${MIG}StructureDefinition/lpa-covers-life-sustaining-treatment`,
} as const;

export const CODE_SYSTEM = {
  drugIngredient: `${MIG}CodeSystem/drug-ingredient`,
  /** The mock's own dm+d-style product codes (`local-vmp-…`, `local-amp-…`), resolved in the shipped dm+d sample. */
  dmdLocal: `${MIG}CodeSystem/dmd-local`,
  recordSection: `${MIG}CodeSystem/record-section`,
  endOfLifeItem: `${MIG}CodeSystem/end-of-life-item`,
  contactRole: `${MIG}CodeSystem/contact-role`,
  ceilingOfTreatment: `${MIG}CodeSystem/ceiling-of-treatment`,
  /** FHIR's Consent scope codes: "adr" is an advanced care directive (an ADRT). */
  consentScope: "http://terminology.hl7.org/CodeSystem/consentscope",
  organisationKind: `${MIG}CodeSystem/organisation-kind`,
} as const;

// Each section's List.code lives in its descriptor (../sections/<section>.ts).
