import "server-only";
// Shared by the audit search and the CSV export, so both always select the same events for the same filters.
import type { Prisma } from "@/generated/prisma/client";
import { describeAuditDetail } from "@/lib/domain/governance/audit-detail";
import { ukDayBounds, type AuditFilters } from "@/lib/domain/governance/audit-filters";
import type { AuditActionName, AuditOutcomeName } from "@/lib/domain/governance/audit-vocabulary";
import type { AuditEventView } from "@/lib/domain/governance/views";
import type { AuditAction, AuditOutcome } from "@/lib/server/db";

// Compile-time guard: the domain's lists must name exactly the database's enum values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const actionsMatch: Same<AuditActionName, AuditAction> = true;
const outcomesMatch: Same<AuditOutcomeName, AuditOutcome> = true;
void actionsMatch;
void outcomesMatch;

/** Every key is added only when its filter is set: with strictUndefinedChecks an undefined value is an error. */
export function auditEventWhere(filters: AuditFilters, upTo?: bigint): Prisma.AuditEventWhereInput {
  const occurredAt = ukDayBounds(filters.from, filters.to);
  return {
    ...(filters.username ? { username: { equals: filters.username, mode: "insensitive" as const } } : {}),
    ...(filters.nhsNumber ? { patientNhsNumber: filters.nhsNumber } : {}),
    ...(filters.ods ? { organisationOds: filters.ods } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(occurredAt.gte || occurredAt.lt ? { occurredAt } : {}),
    ...(upTo !== undefined ? { seq: { lte: upTo } } : {}),
  };
}

/** Newest first by the chain's own order; seq is unique, so the order (and every page) is deterministic. */
export const NEWEST_FIRST = { seq: "desc" } as const satisfies Prisma.AuditEventOrderByWithRelationInput;

// hash and prevHash stay in the database: they prove integrity, and the chain verifier reads them itself.
export const AUDIT_EVENT_SELECT = {
  seq: true,
  id: true,
  occurredAt: true,
  action: true,
  outcome: true,
  username: true,
  role: true,
  organisationOds: true,
  patientNhsNumber: true,
  accessEpisodeId: true,
  detail: true,
} as const satisfies Prisma.AuditEventSelect;

type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof AUDIT_EVENT_SELECT }>;

export function toAuditEventView(row: AuditEventRow): AuditEventView {
  return {
    seq: row.seq.toString(),
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    action: row.action,
    outcome: row.outcome,
    username: row.username,
    role: row.role,
    organisationOds: row.organisationOds,
    patientNhsNumber: row.patientNhsNumber,
    accessEpisodeId: row.accessEpisodeId,
    detail: describeAuditDetail(row.detail),
  };
}

/** The filters as recorded in the searcher's own audit event; the patient goes in the event's own column. */
export function filtersForAudit(filters: AuditFilters): Record<string, string> {
  const { nhsNumber: _patient, ...rest } = filters;
  return Object.fromEntries(Object.entries(rest).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
