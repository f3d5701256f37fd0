import { MONTHS } from "./calendar-date";
import { toPartialDate as toPartial, type DateInput } from "./fhir-date";
import { inUk, NOT_RECORDED } from "./uk-time";

// A few fixed English patterns, so not date-fns' format(), which brings its whole token parser and locale to the
// browser (about 5 kB gzipped on every record page). The calendar fields are read in UK time.
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const year = (uk: Date) => pad(uk.getFullYear(), 4);
const month = (uk: Date) => MONTHS[uk.getMonth()] ?? "";

/**
 * CUI date display: "14-Jul-1945". A partial date shows only what is known ("Jul-1945", "1945")
 * rather than inventing a day.
 */
export function formatDate(input: DateInput, missing: string = NOT_RECORDED): string {
  const date = toPartial(input);
  if (date === null) return missing;
  const uk = inUk(date.start);
  switch (date.precision) {
    case "year":
      return year(uk);
    case "month":
      return `${month(uk)}-${year(uk)}`;
    case "day":
    case "time":
      return `${pad(uk.getDate())}-${month(uk)}-${year(uk)}`;
  }
}

/** CUI time display: 24-hour "HH:mm" in UK time; empty when the value carries no time. */
export function formatTime(input: DateInput): string {
  const date = toPartial(input);
  if (date === null || date.precision !== "time") return "";
  const uk = inUk(date.start);
  return `${pad(uk.getHours())}:${pad(uk.getMinutes())}`;
}

/** "14-Jul-2024 09:30" when a time is known, otherwise just the date. */
export function formatDateTime(input: DateInput, missing: string = NOT_RECORDED): string {
  const date = toPartial(input);
  if (date === null) return missing;
  const time = formatTime(date);
  return time === "" ? formatDate(date) : `${formatDate(date)} ${time}`;
}
