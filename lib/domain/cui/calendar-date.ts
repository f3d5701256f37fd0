// A calendar date typed or chosen by a user ("2025-11-01": a date filter). It names a day, not an instant, so it is
// checked and shown from its own digits: no time zone is involved, and the browser needs no date library for it.

export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // A real day of a real month: 2025-02-29 and 2025-13-01 are not.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? [year, month, day] : null;
}

export function isCalendarDate(iso: string): boolean {
  return parts(iso) !== null;
}

/** CUI display, "01-Nov-2025"; `missing` when the value is not a real YYYY-MM-DD date. */
export function formatCalendarDate(iso: string, missing: string): string {
  const p = parts(iso);
  if (!p) return missing;
  const [year, month, day] = p;
  return `${String(day).padStart(2, "0")}-${MONTHS[month - 1]}-${String(year).padStart(4, "0")}`;
}

const UK_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today (or `now`) as a UK calendar date, YYYY-MM-DD: what "today" means on a GP record, wherever the server runs. */
export function ukCalendarDate(now: Date = new Date()): string {
  return UK_DAY.format(now);
}
