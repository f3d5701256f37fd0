import "server-only";
// Shared by the audit search and the CSV export, so both always select the same events for the same filters.
import type { Prisma } from "@/generated/prisma/client";
import { describeAuditDetail } from "@/lib/domain/governance/audit-detail";
import { ukDayBounds, type AuditFilters } from "@/lib/domain/governance/audit-filters";
import type { AccessRoute, AuditActionName, AuditOutcomeName } from "@/lib/domain/governance/audit-vocabulary";
import type { PatientNameView } from "@/lib/domain/governance/patient-name";
import type { AuditEventView } from "@/lib/domain/governance/views";
import { getPrisma, type AuditAction, type AuditOutcome } from "@/lib/server/db";
import { patientNameOf } from "./patient-names";

// Compile-time guard: the domain's lists must name exactly the database's enum values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const actionsMatch: Same<AuditActionName, AuditAction> = true;
const outcomesMatch: Same<AuditOutcomeName, AuditOutcome> = true;
void actionsMatch;
void outcomesMatch;

// How the record was reached (issue 17). Launched: the launch itself (or its refusal), and every event under an
// access episode a host opened (RECORD_VIEW and the like carry the episode's decision in their detail). Searched:
// the search and the decision the clinician recorded on the form, and every event under such an episode.
const LAUNCH_ACTIONS: AuditAction[] = ["LAUNCH", "LAUNCH_REFUSED"];
const SEARCH_ACTIONS: AuditAction[] = ["PATIENT_SEARCH", "CONSENT_GIVEN", "CONSENT_REFUSED", "EMERGENCY_OVERRIDE"];
const SEARCHED_DECISIONS = ["CONSENT_GIVEN", "CONSENT_REFUSED", "EMERGENCY_OVERRIDE"];

function viaWhere(via: AccessRoute): Prisma.AuditEventWhereInput {
  if (via === "launch")
    return { OR: [{ action: { in: LAUNCH_ACTIONS } }, { detail: { path: ["decision"], equals: "LEGITIMATE_RELATIONSHIP" } }] };
  return {
    OR: [
      { action: { in: SEARCH_ACTIONS } },
      ...SEARCHED_DECISIONS.map((decision) => ({ detail: { path: ["decision"], equals: decision } })),
    ],
  };
}

/** The route an event belongs to, by the same rules as the filter. */
export function accessRouteOf(action: AuditActionName, detail: unknown): AccessRoute | null {
  const decision = detail !== null && typeof detail === "object" ? (detail as Record<string, unknown>).decision : undefined;
  if ((LAUNCH_ACTIONS as string[]).includes(action) || decision === "LEGITIMATE_RELATIONSHIP") return "launch";
  if ((SEARCH_ACTIONS as string[]).includes(action) || (typeof decision === "string" && SEARCHED_DECISIONS.includes(decision)))
    return "search";
  return null;
}

/** Every key is added only when its filter is set: with strictUndefinedChecks an undefined value is an error. */
export function auditEventWhere(filters: AuditFilters, upTo?: bigint): Prisma.AuditEventWhereInput {
  const occurredAt = ukDayBounds(filters.from, filters.to);
  return {
    ...(filters.username ? { username: { equals: filters.username, mode: "insensitive" as const } } : {}),
    ...(filters.nhsNumber ? { patientNhsNumber: filters.nhsNumber } : {}),
    ...(filters.ods ? { organisationOds: filters.ods } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(filters.via ? { AND: [viaWhere(filters.via)] } : {}),
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
  userId: true,
  username: true,
  role: true,
  organisationOds: true,
  patientNhsNumber: true,
  accessEpisodeId: true,
  detail: true,
} as const satisfies Prisma.AuditEventSelect;

type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof AUDIT_EVENT_SELECT }>;

/** The names of the users these events name, by id (one query for a page of events). */
export async function userNames(rows: readonly { userId: string | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))];
  if (ids.length === 0) return new Map();
  const users = await getPrisma().user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}

/** `patients`: names from the gateway for the screen; the CSV export leaves it out and names no patient. */
export function toAuditEventView(
  row: AuditEventRow,
  names: ReadonlyMap<string, string> = new Map(),
  patients?: ReadonlyMap<string, PatientNameView>,
): AuditEventView {
  return {
    seq: row.seq.toString(),
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    action: row.action,
    outcome: row.outcome,
    username: row.username,
    userDisplayName: row.userId ? (names.get(row.userId) ?? null) : null,
    role: row.role,
    organisationOds: row.organisationOds,
    patientNhsNumber: row.patientNhsNumber,
    patient: patients ? patientNameOf(patients, row.patientNhsNumber) : null,
    accessEpisodeId: row.accessEpisodeId,
    via: accessRouteOf(row.action, row.detail),
    detail: describeAuditDetail(row.detail),
  };
}

/** The filters as recorded in the searcher's own audit event; the patient goes in the event's own column. */
export function filtersForAudit(filters: AuditFilters): Record<string, string> {
  const { nhsNumber: _patient, ...rest } = filters;
  return Object.fromEntries(Object.entries(rest).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
