// CUI display rules in one import for the UI; each rule lives in its own file.
export { ageAt, type Age } from "./age";
export { formatCalendarDate, isCalendarDate } from "./calendar-date";
export { formatBorn } from "./born";
export { compareNewestFirst, parseFhirDate, toPartialDate, type DateInput, type DatePrecision, type PartialDate } from "./fhir-date";
export { formatDate, formatDateTime, formatTime } from "./format-date";
export { formatGender, isAdministrativeGender, type AdministrativeGender } from "./gender";
export { formatMedicationName, type MedicationNameInput, type MedicationNameKind } from "./medication-name";
export { formatPatientName, type NameParts } from "./patient-name";
export { inUk, NOT_RECORDED, UK_TIME_ZONE } from "./uk-time";
