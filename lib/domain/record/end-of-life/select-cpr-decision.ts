// Which CPR decision is the decision. Safety rules (docs/care-wishes.md):
// 1. entered-in-error and cancelled entries are never the decision (they are counted, not shown as decisions);
// 2. the latest effective decision wins, by its date; undated entries sort after dated ones;
// 3. the older effective decisions stay listed, newest first, and are never merged into the current one;
// 4. two different decisions on the same (latest) day, or a current decision whose code is unknown, make the
//    answer "unclear — read the form": the viewer never picks one for the clinician.

export type EntryStatus = "effective" | "entered-in-error" | "cancelled";

/** FHIR Observation.status → whether the entry counts. Anything but the two void statuses counts. */
export function entryStatus(status: unknown): EntryStatus {
  return status === "entered-in-error" ? "entered-in-error" : status === "cancelled" ? "cancelled" : "effective";
}

export interface CprCandidate {
  id: string;
  status: EntryStatus;
  decision: "not-for-resuscitation" | "for-resuscitation" | "unknown";
  date: { sortKey: number | null };
}

export interface CprSelection<T extends CprCandidate> {
  /** The decision to act on, or null when there is no effective entry. */
  current: T | null;
  /** Older effective decisions, newest first. */
  older: T[];
  /** Entered-in-error or cancelled entries left out. */
  voided: number;
  /** Why the current decision cannot be relied on, or null when it can. */
  unclear: "same-day-conflict" | "unknown-code" | null;
}

const DAY = 24 * 60 * 60 * 1000;
const dayOf = (sortKey: number | null) => (sortKey === null ? null : Math.floor(sortKey / DAY));

export function selectCprDecision<T extends CprCandidate>(entries: readonly T[]): CprSelection<T> {
  const effective = entries.filter((e) => e.status === "effective");
  const voided = entries.length - effective.length;
  // Newest first; undated last; ties keep the order the record sent them in (stable sort).
  const ordered = [...effective].sort((a, b) => (b.date.sortKey ?? -Infinity) - (a.date.sortKey ?? -Infinity));
  const [current = null, ...older] = ordered;
  if (current === null) return { current: null, older: [], voided, unclear: null };
  const day = dayOf(current.date.sortKey);
  const sameDayConflict = older.some((o) => dayOf(o.date.sortKey) === day && o.decision !== current.decision);
  const unclear = sameDayConflict ? "same-day-conflict" : current.decision === "unknown" ? "unknown-code" : null;
  return { current, older, voided, unclear };
}
