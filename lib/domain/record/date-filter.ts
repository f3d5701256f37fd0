// The date range a clinician can put on a time-based section, from the page's query string.
import { isCalendarDate } from "../cui/calendar-date";
import type { DateFilter } from "./completeness";

export type DateFilterParse = { ok: true; filter: DateFilter | null } | { ok: false; message: string };

export function parseDateFilter(from: string | null | undefined, to: string | null | undefined): DateFilterParse {
  const clean = (v: string | null | undefined) => (v && v.trim() !== "" ? v.trim() : null);
  const [f, t] = [clean(from), clean(to)];
  for (const [label, value] of [["From", f], ["To", t]] as const) {
    if (value !== null && !isCalendarDate(value)) {
      return { ok: false, message: `${label} date must be a real date, for example 2025-11-01` };
    }
  }
  if (f && t && f > t) return { ok: false, message: "The from date must be on or before the to date" };
  return { ok: true, filter: f || t ? { from: f, to: t } : null };
}
