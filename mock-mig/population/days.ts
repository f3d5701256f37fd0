// Dates as whole days since 1970-01-01 (UTC): cheap arithmetic, no time zones, no wall clock.

const MS_PER_DAY = 86_400_000;

export type Day = number;

export function dayFromIso(iso: string): Day {
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${iso}`);
  return Math.floor(ms / MS_PER_DAY);
}

// Formatting dates was a tenth of record-building time; a record only ever uses a few thousand distinct days.
const ISO_CACHE = new Map<Day, string>();

export function isoDate(day: Day): string {
  let iso = ISO_CACHE.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (ISO_CACHE.size < 200_000) ISO_CACHE.set(day, iso);
  }
  return iso;
}

/** A FHIR dateTime at a minute of that day, in UTC. */
export function isoDateTime(day: Day, minuteOfDay = 0): string {
  const hh = String(Math.floor(minuteOfDay / 60) % 24).padStart(2, "0");
  const mm = String(minuteOfDay % 60).padStart(2, "0");
  return `${isoDate(day)}T${hh}:${mm}:00+00:00`;
}

/** Whole years between a birth day and another day, as a person counts birthdays. */
export function ageInYears(birth: Day, on: Day): number {
  const b = new Date(birth * MS_PER_DAY);
  const o = new Date(on * MS_PER_DAY);
  let age = o.getUTCFullYear() - b.getUTCFullYear();
  const beforeBirthday = o.getUTCMonth() < b.getUTCMonth() || (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}

export const YEAR = 365;
