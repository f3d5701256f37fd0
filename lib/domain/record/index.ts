// The GP record's sections as the viewer reads them: the registry, and each section's view-model types.
// (The whole record as a page is built from it, with the medication safety checks, is ../record-view.)
export { RECORD_SECTION_KEYS, type RecordSections } from "./section-registry/registry";
export { RECORD_SECTIONS, isRecordSection, sectionTitle, type RecordSection, type RecordSectionKey } from "./section-registry/meta";
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
