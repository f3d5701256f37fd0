import "server-only";
// Safety concerns for the privacy officer / clinical safety officer: the list (open first; reading it is audited,
// as it shows patients and reporters' words) and the review, whose audit event names the status it replaced.
import { can } from "@/lib/domain/access/policy";
import { issuesByField } from "@/lib/domain/governance/audit-filters";
import {
  safetyConcernIdSchema,
  safetyConcernReviewSchema,
  type SafetyConcernStatusName,
  type SafetyConcernView,
} from "@/lib/domain/governance/safety-concern";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, auditedTransaction } from "@/lib/server/audit/record-audit-event";
import { getPrisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { gatewayNameLookup, patientNameOf, type NameLookup } from "./patient-names";
import { readQueue, REVIEW_LIST_LIMIT, reviewOf } from "./review-queue";

export const SAFETY_CONCERN_LIST_LIMIT = REVIEW_LIST_LIMIT;

export async function listSafetyConcerns(
  actor: Actor,
  lookup: NameLookup = gatewayNameLookup(actor),
): Promise<{ concerns: SafetyConcernView[]; total: number; openCount: number; limit: number }> {
  if (!can(actor.role, "safety-concern:review")) throw new AppError("FORBIDDEN");
  const prisma = getPrisma();
  const [rows, total, openCount] = await Promise.all([
    prisma.safetyConcern.findMany({
      orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }],
      take: SAFETY_CONCERN_LIST_LIMIT,
      include: { reporter: { include: { organisation: true } } },
    }),
    prisma.safetyConcern.count(),
    prisma.safetyConcern.count({ where: { status: "OPEN" } }),
  ]);
  const { reviewers, patients } = await readQueue(actor, "safety-concerns", { rows, total, openCount }, (r) => r.patientNhsNumber, lookup);
  const concerns = rows.map((row): SafetyConcernView => ({
    id: row.id,
    status: row.status,
    reportedAt: row.createdAt.toISOString(),
    reporter: {
      username: row.reporter.username,
      displayName: row.reporter.displayName,
      role: row.reporter.role,
      organisation: `${row.reporter.organisation.name} (${row.reporter.organisation.odsCode})`,
    },
    patientNhsNumber: row.patientNhsNumber,
    patient: patientNameOf(patients, row.patientNhsNumber),
    page: row.page,
    concern: row.concern,
    review: reviewOf(row, reviewers),
  }));
  return { concerns, total, openCount, limit: SAFETY_CONCERN_LIST_LIMIT };
}

export async function reviewSafetyConcern(
  actor: Actor,
  concernId: string,
  input: unknown,
): Promise<{ id: string; status: SafetyConcernStatusName; reviewedAt: string }> {
  if (!can(actor.role, "safety-concern:review")) throw new AppError("FORBIDDEN");
  const id = safetyConcernIdSchema.safeParse(concernId);
  if (!id.success) throw new AppError("INVALID_INPUT", id.error.issues[0]?.message);
  const parsed = safetyConcernReviewSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const fields = issuesByField(parsed.error.issues);
    throw new AppError("INVALID_INPUT", Object.values(fields)[0], fields);
  }
  const { outcome, note } = parsed.data;
  const now = new Date();
  const { after } = await auditedTransaction(
    async (tx) => {
      // FOR UPDATE: two reviews of one concern at once are serialised, so each audit event names the status it replaced.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM safety_concern WHERE id = ${id.data}::uuid FOR UPDATE`;
      const current = locked.length ? await tx.safetyConcern.findUnique({ where: { id: id.data } }) : null;
      if (!current) throw new AppError("INVALID_INPUT", "No safety concern has that reference. Reload the page.");
      const updated = await tx.safetyConcern.update({
        where: { id: id.data },
        data: { status: outcome, reviewedBy: actor.userId, reviewedAt: now, reviewNote: note ?? null },
      });
      return { before: current, after: updated };
    },
    ({ before: current }) => ({
      ...auditActor(actor),
      action: "SAFETY_CONCERN_REVIEWED",
      outcome: "SUCCESS",
      patientNhsNumber: current.patientNhsNumber,
      detail: { concernId: current.id, outcome, previousStatus: current.status, ...(note ? { note } : {}) },
    }),
  );
  return { id: after.id, status: after.status, reviewedAt: now.toISOString() };
}
