// The record as a page is built from it: one mapping entry point, the view model, and what each page is sent.
export { mapStructuredRecord, type MapRecordOptions, type MapRecordResult } from "./map-record";
export { recordViewModelSchema, type RecordViewModel } from "./record-view-model";
export { sectionContent, type SectionContent, type ContentOptions } from "./section-content";
