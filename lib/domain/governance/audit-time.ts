// Audit times as a privacy officer reads them: UK civil time to the second, whatever the server's zone.
import { format } from "date-fns";
import { inUk } from "../cui/uk-time";

/** "2026-07-14T08:30:05.000Z" → "14-Jul-2026 09:30:05" (BST). */
export function formatAuditTime(iso: string): string {
  return format(new Date(iso), "dd-MMM-yyyy HH:mm:ss", { in: inUk });
}

/** "Showing 51–100 of 230 events", or "No events match" when there are none. */
export function auditRangeText(total: number, page: number, pageSize: number): string {
  if (total === 0) return "No events match these filters";
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  if (first > total) return `No events on page ${page}: ${total.toLocaleString("en-GB")} ${total === 1 ? "event matches" : "events match"}`;
  return `Showing ${first.toLocaleString("en-GB")}–${last.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} ${total === 1 ? "event" : "events"}`;
}
