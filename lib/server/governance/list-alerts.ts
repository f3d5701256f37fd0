import "server-only";
// Emergency-override alerts for review: open ones first, then the newest. Reading alerts shows patients and
// clinicians' explanations, so the read is audited (as an audit search) before anything is returned.
import { can } from "@/lib/domain/access/policy";
import type { AlertList, AlertView } from "@/lib/domain/governance/views";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getPrisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/** Enough for a review session; the count of the rest is shown, and reviewed ones are in the audit trail. */
export const ALERT_LIST_LIMIT = 200;

export async function listAlerts(actor: Actor): Promise<AlertList> {
  if (!can(actor.role, "alerts:review")) throw new AppError("FORBIDDEN");
  const prisma = getPrisma();
  const [rows, total, openCount] = await Promise.all([
    prisma.alert.findMany({
      // Enum order puts OPEN first; createdAt then id keep the order stable for alerts raised together.
      orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }],
      take: ALERT_LIST_LIMIT,
      include: { accessEpisode: { include: { user: { include: { organisation: true } } } }, followUp: true },
    }),
    prisma.alert.count(),
    prisma.alert.count({ where: { status: "OPEN" } }),
  ]);

  const reviewerIds = [...new Set(rows.flatMap((r) => (r.reviewedBy ? [r.reviewedBy] : [])))];
  const reviewers = reviewerIds.length
    ? await prisma.user.findMany({ where: { id: { in: reviewerIds } }, select: { id: true, displayName: true, username: true } })
    : [];
  const reviewerName = new Map(reviewers.map((u) => [u.id, `${u.displayName} (${u.username})`]));

  await recordAuditEvent({
    ...auditActor(actor),
    action: "AUDIT_SEARCH",
    outcome: "SUCCESS",
    detail: { view: "alerts", shown: rows.length, open: openCount },
  });

  const alerts = rows.map((row): AlertView => {
    const episode = row.accessEpisode;
    return {
      id: row.id,
      status: row.status,
      raisedAt: row.createdAt.toISOString(),
      reason: episode.overrideReason,
      explanation: episode.overrideDetail,
      user: { username: episode.user.username, displayName: episode.user.displayName, role: episode.user.role },
      organisation: { odsCode: episode.user.organisation.odsCode, name: episode.user.organisation.name },
      patientNhsNumber: episode.patientNhsNumber,
      accessEpisodeId: episode.id,
      review:
        row.reviewedAt && row.reviewedBy
          ? {
              reviewedAt: row.reviewedAt.toISOString(),
              reviewedBy: reviewerName.get(row.reviewedBy) ?? "Unknown user",
              note: row.reviewNote,
            }
          : null,
      followUp: row.followUp ? { owner: row.followUp.owner, dueOn: row.followUp.dueOn.toISOString().slice(0, 10) } : null,
    };
  });
  return { alerts, total, openCount, limit: ALERT_LIST_LIMIT };
}
