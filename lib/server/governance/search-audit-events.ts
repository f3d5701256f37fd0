import "server-only";
// Search the audit trail: newest first, 50 a page, with the total. The search itself is audited before any
// result leaves the server; if that write fails, nothing is returned.
import { can } from "@/lib/domain/access/policy";
import { AUDIT_PAGE_SIZE, auditSearchSchema, issuesByField } from "@/lib/domain/governance/audit-filters";
import type { AuditSearchResult } from "@/lib/domain/governance/views";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getPrisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { AUDIT_EVENT_SELECT, auditEventWhere, filtersForAudit, NEWEST_FIRST, toAuditEventView, userNames } from "./audit-event-query";
import { gatewayNameLookup, lookUpPatientNames, namedPatients, type NameLookup } from "./patient-names";

export async function searchAuditEvents(
  actor: Actor,
  input: unknown,
  lookup: NameLookup = gatewayNameLookup(actor),
): Promise<AuditSearchResult> {
  if (!can(actor.role, "audit:read")) throw new AppError("FORBIDDEN");
  const parsed = auditSearchSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const fields = issuesByField(parsed.error.issues);
    throw new AppError("INVALID_INPUT", Object.values(fields)[0], fields);
  }
  const { page, upTo: upToInput, ...filters } = parsed.data;
  const prisma = getPrisma();

  // The first page pins the snapshot to the newest event now; later pages reuse it, so events recorded while
  // the officer pages (their own searches included) never shift rows between pages.
  const newest = upToInput === undefined ? await prisma.auditEvent.findFirst({ orderBy: NEWEST_FIRST, select: { seq: true } }) : null;
  const upTo = upToInput !== undefined ? BigInt(upToInput) : newest?.seq;
  const where = auditEventWhere(filters, upTo ?? 0n);

  const [total, rows] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({
      where,
      orderBy: NEWEST_FIRST,
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: AUDIT_EVENT_SELECT,
    }),
  ]);

  // Users' names from the database, patients' from the gateway (one lookup per distinct patient on the page); the
  // search's own audit event below names every patient whose name is shown, and commits before anything is returned.
  const [names, patients] = await Promise.all([
    userNames(rows),
    lookUpPatientNames(
      rows.map((r) => r.patientNhsNumber),
      lookup,
    ),
  ]);
  await recordAuditEvent({
    ...auditActor(actor),
    action: "AUDIT_SEARCH",
    outcome: "SUCCESS",
    patientNhsNumber: filters.nhsNumber ?? null,
    detail: { filters: filtersForAudit(filters), page, matches: total, patientsNamed: namedPatients(patients) },
  });

  return {
    events: rows.map((row) => toAuditEventView(row, names, patients)),
    total,
    page,
    pageSize: AUDIT_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    upTo: total > 0 && upTo !== undefined ? upTo.toString() : null,
    filters,
  };
}
