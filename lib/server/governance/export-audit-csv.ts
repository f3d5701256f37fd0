import "server-only";
// The audit trail as CSV, for the same filters as the search. Bounded so an export can never exhaust the server
// or leave the building as an unreviewable dump; the export is audited before the file is handed over.
import { can } from "@/lib/domain/access/policy";
import { auditFiltersSchema, issuesByField } from "@/lib/domain/governance/audit-filters";
import { ACTION_LABELS, AUDIT_CSV_HEADER, OUTCOME_LABELS } from "@/lib/domain/governance/audit-vocabulary";
import { toCsv } from "@/lib/domain/governance/csv";
import type { AuditEventView } from "@/lib/domain/governance/views";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getPrisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { AUDIT_EVENT_SELECT, auditEventWhere, filtersForAudit, NEWEST_FIRST, toAuditEventView } from "./audit-event-query";

export const MAX_EXPORT_ROWS = 10_000;

function csvValues(e: AuditEventView) {
  return [
    e.seq,
    e.occurredAt,
    ACTION_LABELS[e.action],
    e.action,
    OUTCOME_LABELS[e.outcome],
    e.username,
    e.role,
    e.organisationOds,
    e.patientNhsNumber,
    e.accessEpisodeId,
    e.detail,
    e.id,
  ];
}

export type AuditCsv = { filename: string; csv: string; rows: number };

export async function exportAuditCsv(actor: Actor, input: unknown, options: { maxRows?: number; now?: Date } = {}): Promise<AuditCsv> {
  if (!can(actor.role, "audit:export")) throw new AppError("FORBIDDEN");
  const parsed = auditFiltersSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const fields = issuesByField(parsed.error.issues);
    throw new AppError("INVALID_INPUT", Object.values(fields)[0], fields);
  }
  const filters = parsed.data;
  const maxRows = options.maxRows ?? MAX_EXPORT_ROWS;
  const prisma = getPrisma();
  const where = auditEventWhere(filters);
  const audit = { ...auditActor(actor), action: "AUDIT_EXPORT" as const, patientNhsNumber: filters.nhsNumber ?? null };

  // One row over the limit tells us "too many" without counting a huge table first.
  const rows = await prisma.auditEvent.findMany({ where, orderBy: NEWEST_FIRST, take: maxRows + 1, select: AUDIT_EVENT_SELECT });
  if (rows.length > maxRows) {
    await recordAuditEvent({
      ...audit,
      outcome: "FAILED",
      detail: { filters: filtersForAudit(filters), why: "too-many-rows", limit: maxRows },
    });
    throw new AppError(
      "INVALID_INPUT",
      `More than ${maxRows.toLocaleString("en-GB")} events match. Narrow the date range or add a filter, then download again.`,
    );
  }

  await recordAuditEvent({ ...audit, outcome: "SUCCESS", detail: { filters: filtersForAudit(filters), rows: rows.length } });
  const csv = toCsv(
    AUDIT_CSV_HEADER,
    rows.map((row) => csvValues(toAuditEventView(row))),
  );
  const day = (options.now ?? new Date()).toISOString().slice(0, 10);
  return { filename: `audit-trail-${day}.csv`, csv, rows: rows.length };
}
