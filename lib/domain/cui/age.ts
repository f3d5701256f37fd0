import {
  addMonths,
  addYears,
  differenceInDays,
  differenceInHours,
  differenceInMinutes,
  differenceInMonths,
  differenceInYears,
} from "date-fns";
import { toPartialDate, type DateInput, type PartialDate } from "./fhir-date";
import { inUk } from "./uk-time";

/**
 * Age display follows the NHS CUI Patient Banner guidance (Design Guide Entry – Patient Banner
 * v4.0), which shortens the unit as a child grows and adds a second unit while it still matters:
 *   under 2 hours           minutes          "45min"
 *   2 hours to under 2 days hours            "26hr"
 *   2 days to under 4 weeks days             "15d"
 *   4 weeks to under 1 year weeks and days   "30w 4d"
 *   1 year to under 2 years months and days  "18m 4d"
 *   2 years to under 18     years and months "8y 2m"
 *   18 years and over       years            "81y"
 * No space between number and unit, as CUI asks. A zero second unit is left out ("30w", not
 * "30w 0d"). Minutes and hours need a birth time; with a date alone an age under 2 days shows in
 * days. A partial birth date ("1945", "2025-07") shows the range it allows, in whole years from
 * 2 years and whole months below, so a clinician is never shown false precision.
 */
export interface Age {
  display: string;
  /** Completed years, the lowest the birth date allows; used for rules, not display. */
  years: number;
  exact: boolean;
}

const opts = { in: inUk };

function exactAge(birth: Date, now: Date, hasTime: boolean): string {
  // Minutes and hours are elapsed time, not calendar units, so no time zone is involved.
  const minutes = differenceInMinutes(now, birth);
  const hours = differenceInHours(now, birth);
  if (hasTime && minutes < 120) return `${minutes}min`;
  if (hasTime && hours < 48) return `${hours}hr`;
  const days = differenceInDays(now, birth, opts);
  if (days < 28) return `${days}d`;
  const years = differenceInYears(now, birth, opts);
  if (years < 1) return pair(Math.floor(days / 7), "w", days % 7, "d");
  if (years < 2) {
    const months = differenceInMonths(now, birth, opts);
    return pair(months, "m", differenceInDays(now, addMonths(birth, months, opts), opts), "d");
  }
  if (years < 18) return pair(years, "y", differenceInMonths(now, addYears(birth, years, opts), opts), "m");
  return `${years}y`;
}

function pair(major: number, majorUnit: string, minor: number, minorUnit: string): string {
  return minor === 0 ? `${major}${majorUnit}` : `${major}${majorUnit} ${minor}${minorUnit}`;
}

function range(low: number, high: number, unit: string): string {
  return low === high ? `${low}${unit}` : `${low}–${high}${unit}`;
}

function partialAge(birth: PartialDate, now: Date): string {
  const oldest = differenceInYears(now, birth.start, opts);
  const youngest = differenceInYears(now, birth.end, opts);
  if (oldest >= 2) return range(Math.max(youngest, 0), oldest, "y");
  const latestBirth = birth.end.getTime() > now.getTime() ? now : birth.end;
  return range(differenceInMonths(now, latestBirth, opts), differenceInMonths(now, birth.start, opts), "m");
}

/** Age at `now` (pass the date of death for a deceased patient); null when unknown or in the future. */
export function ageAt(birthInput: DateInput, now: Date): Age | null {
  const birth = toPartialDate(birthInput);
  if (birth === null || birth.start.getTime() > now.getTime()) return null;
  const exact = birth.precision === "day" || birth.precision === "time";
  const display = exact ? exactAge(birth.start, now, birth.precision === "time") : partialAge(birth, now);
  const lowestYears = differenceInYears(now, exact ? birth.start : minDate(birth.end, now), opts);
  return { display, years: Math.max(lowestYears, 0), exact };
}

function minDate(a: Date, b: Date): Date {
  return a.getTime() < b.getTime() ? a : b;
}
