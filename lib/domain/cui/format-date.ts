import { format } from "date-fns";
import { toPartialDate as toPartial, type DateInput } from "./fhir-date";
import { inUk, NOT_RECORDED } from "./uk-time";

/**
 * CUI date display: "14-Jul-1945". A partial date shows only what is known ("Jul-1945", "1945")
 * rather than inventing a day.
 */
export function formatDate(input: DateInput, missing: string = NOT_RECORDED): string {
  const date = toPartial(input);
  if (date === null) return missing;
  switch (date.precision) {
    case "year":
      return format(date.start, "yyyy", { in: inUk });
    case "month":
      return format(date.start, "MMM-yyyy", { in: inUk });
    case "day":
    case "time":
      return format(date.start, "dd-MMM-yyyy", { in: inUk });
  }
}

/** CUI time display: 24-hour "HH:mm" in UK time; empty when the value carries no time. */
export function formatTime(input: DateInput): string {
  const date = toPartial(input);
  if (date === null || date.precision !== "time") return "";
  return format(date.start, "HH:mm", { in: inUk });
}

/** "14-Jul-2024 09:30" when a time is known, otherwise just the date. */
export function formatDateTime(input: DateInput, missing: string = NOT_RECORDED): string {
  const date = toPartial(input);
  if (date === null) return missing;
  const time = formatTime(date);
  return time === "" ? formatDate(date) : `${formatDate(date)} ${time}`;
}
