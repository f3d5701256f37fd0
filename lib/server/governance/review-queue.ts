import "server-only";
// What the two review queues (emergency-override alerts and safety concerns) share: the reviewers' names, a row's
// review as the officer reads it, the patients' names, and the audit event for reading the list, written before
// anything leaves the server and naming every patient whose name the list shows.
import type { PatientNameView } from "@/lib/domain/governance/patient-name";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getPrisma } from "@/lib/server/db";
import { lookUpPatientNames, namedPatients, type NameLookup } from "./patient-names";

/** Enough for a review session; the count of the rest is shown, and reviewed items are in the audit trail. */
export const REVIEW_LIST_LIMIT = 200;

/** A queue's rows fetched newest first within status (enum order puts OPEN first), with its two counts. */
export type QueueRows<Row> = { rows: Row[]; total: number; openCount: number };

type Reviewed = { reviewedAt: Date | null; reviewedBy: string | null; reviewNote: string | null };
export type ReviewView = { reviewedAt: string; reviewedBy: string; note: string | null };

/** "Name (username)" for each user who reviewed one of these rows, by id: one query for the page. */
export async function reviewerNames(rows: readonly Pick<Reviewed, "reviewedBy">[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.reviewedBy ? [r.reviewedBy] : [])))];
  if (ids.length === 0) return new Map();
  const users = await getPrisma().user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true, username: true } });
  return new Map(users.map((u) => [u.id, `${u.displayName} (${u.username})`]));
}

export function reviewOf(row: Reviewed, reviewers: ReadonlyMap<string, string>): ReviewView | null {
  if (!row.reviewedAt || !row.reviewedBy) return null;
  return { reviewedAt: row.reviewedAt.toISOString(), reviewedBy: reviewers.get(row.reviewedBy) ?? "Unknown user", note: row.reviewNote };
}

/**
 * The reviewers' and patients' names for a queue, then its audit event: reading the list is an AUDIT_SEARCH of the
 * named view, recording how many were shown, how many are open, and which patients were named.
 */
export async function readQueue<Row extends Reviewed>(
  actor: Actor,
  view: "alerts" | "safety-concerns",
  { rows, openCount }: QueueRows<Row>,
  patientOf: (row: Row) => string | null,
  lookup: NameLookup,
): Promise<{ reviewers: Map<string, string>; patients: Map<string, PatientNameView> }> {
  const [reviewers, patients] = await Promise.all([reviewerNames(rows), lookUpPatientNames(rows.map(patientOf), lookup)]);
  await recordAuditEvent({
    ...auditActor(actor),
    action: "AUDIT_SEARCH",
    outcome: "SUCCESS",
    detail: { view, shown: rows.length, open: openCount, patientsNamed: namedPatients(patients) },
  });
  return { reviewers, patients };
}
