import { endOfDay, endOfMonth, endOfYear, isValid, parseISO } from "date-fns";
import { inUk } from "./uk-time";

/**
 * A FHIR date or dateTime keeps its precision: FHIR allows "1945", "1945-07", "1945-07-14" and
 * full timestamps, and a partial date must never be displayed or compared as if it were exact.
 * `start`/`end` are the earliest and latest instants the value can mean (in UK time), so that
 * sorting and age ranges stay honest.
 */
export type DatePrecision = "year" | "month" | "day" | "time";

export interface PartialDate {
  precision: DatePrecision;
  iso: string;
  start: Date;
  end: Date;
}

const YEAR = /^\d{4}$/;
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// FHIR dateTime with a time must carry a zone (Z or ±hh:mm); seconds and fractions optional.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function precisionOf(value: string): DatePrecision | null {
  if (YEAR.test(value)) return "year";
  if (YEAR_MONTH.test(value)) return "month";
  if (DAY.test(value)) return "day";
  if (DATE_TIME.test(value)) return "time";
  return null;
}

/** Null for missing or malformed input; never throws. */
export function parseFhirDate(value: string | null | undefined): PartialDate | null {
  if (typeof value !== "string") return null;
  const iso = value.trim();
  const precision = precisionOf(iso);
  if (precision === null) return null;
  const start = parseISO(iso, { in: inUk });
  // parseISO yields Invalid Date for impossible days such as 2023-02-29.
  if (!isValid(start)) return null;
  // Plain Dates out: the UK-zoned TZDate is an internal detail and would serialise oddly.
  return { precision, iso, start: new Date(start.getTime()), end: new Date(endFor(precision, start).getTime()) };
}

function endFor(precision: DatePrecision, start: Date): Date {
  switch (precision) {
    case "year":
      return endOfYear(start, { in: inUk });
    case "month":
      return endOfMonth(start, { in: inUk });
    case "day":
      return endOfDay(start, { in: inUk });
    case "time":
      return start;
  }
}

/** Either a FHIR date string or an already-parsed date; both are accepted so callers need not care. */
export type DateInput = PartialDate | string | null | undefined;

export function toPartialDate(input: DateInput): PartialDate | null {
  return typeof input === "string" || input == null ? parseFhirDate(input) : input;
}

/** Latest first, undated last: the order clinicians expect in every record list. */
export function compareNewestFirst(a: PartialDate | null, b: PartialDate | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b.start.getTime() - a.start.getTime();
}
