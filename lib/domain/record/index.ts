// The record view model for the UI and route handlers: one mapping entry point and its types.
export { mapStructuredRecord, type MapRecordOptions, type MapRecordResult } from "./map-record";
export { recordViewModelSchema, RECORD_SECTION_KEYS, type RecordSectionKey, type RecordSections, type RecordViewModel } from "./record-types";
export type { RecordError, RecordErrorCode } from "./fhir/bundle-index";
export { completenessBanners, emptySectionText, type CompletenessBanner } from "./completeness-banners";
export type { Completeness, IncompletenessReason, SectionStatus, DateFilter } from "./completeness";
export type { DateView, OrganisationKind, SourceOrganisation } from "./common";
export { organisationKindLabel, describeSource } from "./organisation-kind";
export type { PatientBanner } from "./patient/types";
export type { MedicationIssue, MedicationItem, MedicationsSection } from "./medications/types";
export type { AllergiesSection, AllergyItem } from "./allergies/types";
export type * from "./clinical/types";
export type { Contact, EndOfLifeSection } from "./end-of-life/types";
export type { Summary } from "./summary";
export type { AdministrativeItem, AdministrativeSection } from "./administrative/types";
