import "server-only";
// Record a privacy officer's outcome on an emergency-override alert. The alert keeps the latest review; every
// review (a re-review included, with the status it replaced) is in the audit trail, written in the same
// transaction as the change.
import { can } from "@/lib/domain/access/policy";
import { alertIdSchema, alertReviewSchema } from "@/lib/domain/governance/alert-review";
import { issuesByField } from "@/lib/domain/governance/audit-filters";
import type { AlertStatusName } from "@/lib/domain/governance/audit-vocabulary";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, auditedTransaction } from "@/lib/server/audit/record-audit-event";
import { AppError } from "@/lib/server/errors";

export type AlertReviewView = {
  id: string;
  status: AlertStatusName;
  reviewedAt: string;
  note: string | null;
  followUp: { owner: string; dueOn: string } | null;
};

export async function reviewAlert(actor: Actor, alertId: string, input: unknown): Promise<AlertReviewView> {
  if (!can(actor.role, "alerts:review")) throw new AppError("FORBIDDEN");
  const id = alertIdSchema.safeParse(alertId);
  if (!id.success) throw new AppError("INVALID_INPUT", id.error.issues[0]?.message);
  const parsed = alertReviewSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const fields = issuesByField(parsed.error.issues);
    throw new AppError("INVALID_INPUT", Object.values(fields)[0], fields);
  }
  const { outcome, note, owner, dueOn } = parsed.data;
  const followUp = outcome === "NEEDS_FOLLOW_UP" && owner && dueOn ? { owner, dueOn } : null;
  const now = new Date();

  const { after } = await auditedTransaction(
    async (tx) => {
      // FOR UPDATE: two reviews of one alert at once are serialised, so each audit event names the status it replaced.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM alert WHERE id = ${id.data}::uuid FOR UPDATE`;
      const current = locked.length
        ? await tx.alert.findUnique({
            where: { id: id.data },
            include: { accessEpisode: { select: { id: true, patientNhsNumber: true } } },
          })
        : null;
      if (!current) throw new AppError("INVALID_INPUT", "No alert has that reference. Reload the alerts page.");
      const updated = await tx.alert.update({
        where: { id: id.data },
        data: { status: outcome, reviewedBy: actor.userId, reviewedAt: now, reviewNote: note ?? null },
      });
      // "Needs follow-up" opens (or updates) the alert's follow-up record: an owner and a due date.
      if (followUp) {
        const fields = { owner: followUp.owner, dueOn: new Date(`${followUp.dueOn}T00:00:00Z`), createdBy: actor.userId };
        await tx.alertFollowUp.upsert({ where: { alertId: id.data }, create: { alertId: id.data, ...fields }, update: fields });
      }
      return { before: current, after: updated };
    },
    ({ before: current }) => ({
      ...auditActor(actor),
      action: "ALERT_REVIEWED",
      outcome: "SUCCESS",
      patientNhsNumber: current.accessEpisode.patientNhsNumber,
      accessEpisodeId: current.accessEpisode.id,
      detail: {
        alertId: current.id,
        outcome,
        previousStatus: current.status,
        ...(note ? { note } : {}),
        ...(followUp ? { followUpOwner: followUp.owner, followUpDue: followUp.dueOn } : {}),
      },
    }),
  );
  return { id: after.id, status: after.status, reviewedAt: now.toISOString(), note: after.reviewNote, followUp };
}
