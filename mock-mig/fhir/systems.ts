// Every code system, identifier system and extension URL the mock emits, in one place so the
// viewer's mapping and these builders cannot drift apart.

export const FHIR_BASE = "https://mock-mig.example/fhir";
const LOCAL = FHIR_BASE;

export const SYSTEMS = {
  nhsNumber: "https://fhir.nhs.uk/Id/nhs-number",
  ods: "https://fhir.nhs.uk/Id/ods-organization-code",
  sdsUser: "https://fhir.nhs.uk/Id/sds-user-id",
  snomed: "http://snomed.info/sct",
  loinc: "http://loinc.org",
  contactRelationship: "http://terminology.hl7.org/CodeSystem/v2-0131",
  spineError: "https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode-1",
  nhsNumberVerification: "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland",
  listWarning: "https://fhir.hl7.org.uk/CodeSystem/UKCore-ListWarningCode",
  listEmptyReason: "http://terminology.hl7.org/CodeSystem/list-empty-reason",
  courseOfTherapy: "http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy",
  allergyClinical: "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
  allergyVerification: "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
  conditionClinical: "http://terminology.hl7.org/CodeSystem/condition-clinical",
  conditionCategory: "http://terminology.hl7.org/CodeSystem/condition-category",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  interpretation: "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
  actCode: "http://terminology.hl7.org/CodeSystem/v3-ActCode",
  diagnosticSection: "http://terminology.hl7.org/CodeSystem/v2-0074",
  flagCategory: "http://terminology.hl7.org/CodeSystem/flag-category",
  ucum: "http://unitsofmeasure.org",
  drugProduct: `${LOCAL}/CodeSystem/drug-product`,
  /** The project's own dm+d-style codes (`local-vmp-…`, `local-amp-…`) for products whose dm+d code was not checked. */
  dmdLocal: `${LOCAL}/CodeSystem/dmd-local`,
  recordSource: `${LOCAL}/CodeSystem/record-source`,
  drugIngredient: `${LOCAL}/CodeSystem/drug-ingredient`,
  drugClass: `${LOCAL}/CodeSystem/drug-class`,
  controlledDrug: `${LOCAL}/CodeSystem/controlled-drug-schedule`,
  prescribingOrgKind: `${LOCAL}/CodeSystem/prescribing-organisation-kind`,
  discontinuationReason: `${LOCAL}/CodeSystem/discontinuation-reason`,
  clinical: `${LOCAL}/CodeSystem/clinical`,
  vaccine: `${LOCAL}/CodeSystem/vaccine`,
  recordSection: `${LOCAL}/CodeSystem/record-section`,
  endOfLifeItem: `${LOCAL}/CodeSystem/end-of-life-item`,
  contactRole: `${LOCAL}/CodeSystem/contact-role`,
  ceilingOfTreatment: `${LOCAL}/CodeSystem/ceiling-of-treatment`,
  consentScope: "http://terminology.hl7.org/CodeSystem/consentscope",
  organisationKind: `${LOCAL}/CodeSystem/organisation-kind`,
  migError: `${LOCAL}/CodeSystem/mig-error`,
} as const;

export const EXTENSIONS = {
  nhsNumberVerification: "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus",
  lastIssueDate: "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationStatementLastIssueDate",
  repeatInformation: "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationRepeatInformation",
  statusReason: "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationStatusReason",
  listWarning: "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ListWarningCode",
  drugClass: `${LOCAL}/StructureDefinition/drug-class`,
  controlledDrug: `${LOCAL}/StructureDefinition/controlled-drug`,
  prescribingOrganisation: `${LOCAL}/StructureDefinition/prescribing-organisation`,
  reviewDate: `${LOCAL}/StructureDefinition/review-date`,
  prescriptionType: `${LOCAL}/StructureDefinition/prescription-type`,
  anticipatoryMedicine: `${LOCAL}/StructureDefinition/anticipatory-medicine`,
  lpaRegistered: `${LOCAL}/StructureDefinition/lpa-registered`,
  ceilingOfTreatment: `${LOCAL}/StructureDefinition/ceiling-of-treatment`,
  lpaCoversLifeSustaining: `${LOCAL}/StructureDefinition/lpa-covers-life-sustaining-treatment`,
  problemSignificance: `${LOCAL}/StructureDefinition/problem-significance`,
  outOfHoursArrangements: `${LOCAL}/StructureDefinition/out-of-hours-arrangements`,
} as const;

export const PROFILES = {
  Patient: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient",
  Organization: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization",
  Practitioner: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Practitioner",
  PractitionerRole: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-PractitionerRole",
  MedicationStatement: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-MedicationStatement",
  MedicationRequest: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-MedicationRequest",
  Medication: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Medication",
  AllergyIntolerance: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-AllergyIntolerance",
  Condition: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Condition",
  Encounter: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Encounter",
  Observation: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Observation",
  DiagnosticReport: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-DiagnosticReport",
  Immunization: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Immunization",
  ServiceRequest: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest",
  Flag: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Flag",
  RelatedPerson: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-RelatedPerson",
  List: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-List",
} as const;

/** GP Connect section List codes (SNOMED CT). */
export const LIST_CODES = {
  medication: ["933361000000108", "Medications and medical devices"],
  allergies: ["886921000000105", "Allergies and adverse reactions"],
  resolvedAllergies: ["1103671000000101", "Ended allergies"],
  problems: ["717711000000103", "Problems"],
  consultations: ["1149501000000101", "Consultations"],
  immunisations: ["1102181000000102", "Immunisations"],
  uncategorised: ["826501000000100", "Miscellaneous record"],
  investigations: ["887191000000108", "Investigations and results"],
  referrals: ["792931000000107", "Outbound referral"],
} as const;

export const CONFIDENTIAL_NOTE = "Items excluded due to confidentiality and/or patient preferences.";
export const EMPTY_NOTE = "No items recorded in this section";
