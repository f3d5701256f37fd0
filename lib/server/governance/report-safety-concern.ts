import "server-only";
// Record a safety concern a user reports from a page: who, which patient (from a record page's address), which page,
// and what they saw. The row (for review) and its audit event commit together.
import { can } from "@/lib/domain/access/policy";
import { issuesByField } from "@/lib/domain/governance/audit-filters";
import { patientOfPage, safetyConcernSchema } from "@/lib/domain/governance/safety-concern";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, auditedTransaction } from "@/lib/server/audit/record-audit-event";
import { AppError } from "@/lib/server/errors";

export type SafetyConcernReceipt = { id: string; reportedAt: string; patientNhsNumber: string | null; page: string };

export async function reportSafetyConcern(actor: Actor, input: unknown): Promise<SafetyConcernReceipt> {
  if (!can(actor.role, "safety-concern:report")) throw new AppError("FORBIDDEN");
  const parsed = safetyConcernSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const fields = issuesByField(parsed.error.issues);
    throw new AppError("INVALID_INPUT", Object.values(fields)[0], fields);
  }
  const { page, concern } = parsed.data;
  const patientNhsNumber = patientOfPage(page);
  const row = await auditedTransaction(
    (tx) => tx.safetyConcern.create({ data: { reportedBy: actor.userId, patientNhsNumber, page, concern } }),
    (created) => ({
      ...auditActor(actor),
      action: "SAFETY_CONCERN_REPORTED",
      outcome: "SUCCESS",
      patientNhsNumber,
      detail: { concernId: created.id, page, concern },
    }),
  );
  return { id: row.id, reportedAt: row.createdAt.toISOString(), patientNhsNumber, page };
}
