// The request header by which proxy.ts tells the record layout which section page it wraps.
export const RECORD_SECTION_HEADER = "x-record-section";
