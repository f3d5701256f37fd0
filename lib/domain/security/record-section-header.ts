// The request header by which proxy.ts tells the record layout which section page it wraps.
export const RECORD_SECTION_HEADER = "x-record-section";

/** Its value at the record's own address (/patients/{nhs}), where the page shows the section this role lands on. */
export const RECORD_LANDING = "landing";
