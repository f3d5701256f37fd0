// The builders as plain functions, for the viewer's tests: no server needed.

export { buildStructuredRecord, findPatient, recordBundle } from "./fhir/build-record";
export { parseStructuredRecordParameters } from "./fhir/parameters";
export { ALL_SECTIONS, SOCIAL_CARE_SECTIONS, type RecordSections, type SectionKey } from "./fhir/sections";
export { MigError, operationOutcome, type MigErrorCode } from "./fhir/errors";
export { SYSTEMS, EXTENSIONS, LIST_CODES, PROFILES, FHIR_BASE, CONFIDENTIAL_NOTE, EMPTY_NOTE } from "./fhir/systems";
export { SCENARIOS, scenarioById, type ScenarioId } from "./population/scenarios";
export { nhsNumberOfIndex, indexOfNhsNumber } from "./population/nhs-index";
export { populationContext, DEFAULT_REFERENCE_DATE, DEFAULT_SEED } from "./population/context";
export { DRUGS } from "./clinical/drug-catalogue";
export { signDevToken } from "./tools/sign-token";

import { nhsNumberOfIndex } from "./population/nhs-index";
import { scenarioById, type ScenarioId } from "./population/scenarios";

/** The NHS number of a demo patient, e.g. demoNhsNumber("interactions"). */
export function demoNhsNumber(id: ScenarioId): string {
  return nhsNumberOfIndex(scenarioById(id).index);
}
