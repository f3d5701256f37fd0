import "server-only";
// Records why the user is looking at this patient (consent, from the patient or given for them; refusal; emergency
// override; a deceased patient's record needed for certification, the coroner or bereavement support), opening an
// access episode that expires. Overrides raise an alert for the privacy officer. Decision, episode, alert and audit
// event are written in one transaction. A deceased-patient reason is refused for a patient the gateway records as
// alive.
import { addHours } from "date-fns";
import { accessDecisionSchema, decisionAuditDetail, type AccessDecisionKind } from "@/lib/domain/access/access-reasons";
import { can } from "@/lib/domain/access/policy";
import type { Actor } from "@/lib/server/auth/session";
import { serverEnv } from "@/lib/server/config/env";
import { auditActor, auditedTransaction, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { AppError } from "@/lib/server/errors";
import {
  patientDeceasedPerGateway,
  patientKnownToGateway,
  type PatientDeceased,
  type PatientKnown,
} from "@/lib/server/patients/patient-known";
import { enforce, RATE_LIMITS } from "@/lib/server/rate-limit/rate-limit";

export type AccessEpisodeView = { id: string; decision: AccessDecisionKind; expiresAt: string };

export async function recordAccessDecision(
  actor: Actor,
  nhsNumber: string,
  input: unknown,
  options: { patientKnown?: PatientKnown; patientDeceased?: PatientDeceased } = {},
): Promise<AccessEpisodeView> {
  if (!can(actor.role, "record:view")) throw new AppError("FORBIDDEN");
  // Rate-limited per user: each override raises an alert, so a flood of them must not reach the privacy officer.
  await enforce(RATE_LIMITS.accessDecisionPerUser, actor.userId);
  const parsed = accessDecisionSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = typeof issue?.path[0] === "string" ? issue.path[0] : "decision";
    throw new AppError("INVALID_INPUT", issue?.message, issue ? { [field]: issue.message } : undefined);
  }
  const decision = parsed.data;
  if (!(await (options.patientKnown ?? patientKnownToGateway)(actor, nhsNumber))) {
    await recordAuditEvent({
      ...auditActor(actor),
      action: "ACCESS_DENIED",
      outcome: "DENIED",
      patientNhsNumber: nhsNumber,
      detail: { why: "unknown-patient", decision: decision.decision },
    });
    throw new AppError("PATIENT_NOT_FOUND");
  }
  if (decision.decision === "DECEASED_PATIENT" && !(await (options.patientDeceased ?? patientDeceasedPerGateway)(actor, nhsNumber))) {
    const message = "The gateway does not record this patient as having died: choose another reason";
    throw new AppError("INVALID_INPUT", message, { decision: message });
  }
  const now = new Date();

  const episode = await auditedTransaction(
    async (tx) => {
      const created = await tx.accessEpisode.create({
        data: {
          userId: actor.userId,
          patientNhsNumber: nhsNumber,
          decision: decision.decision,
          overrideReason: decision.decision === "EMERGENCY_OVERRIDE" ? decision.reason : null,
          overrideDetail: decision.decision === "EMERGENCY_OVERRIDE" ? decision.detail : null,
          consentGivenBy: decision.decision === "CONSENT_GIVEN" ? (decision.givenBy ?? "patient") : null,
          accessPurpose: decision.decision === "DECEASED_PATIENT" ? decision.purpose : null,
          createdAt: now,
          // A refusal is remembered for the same period, so the record stays closed until a new decision.
          expiresAt: addHours(now, serverEnv().ACCESS_EPISODE_HOURS),
        },
      });
      if (decision.decision === "EMERGENCY_OVERRIDE") await tx.alert.create({ data: { accessEpisodeId: created.id } });
      return created;
    },
    (created) => ({
      ...auditActor(actor),
      action: decision.decision,
      outcome: "SUCCESS",
      patientNhsNumber: nhsNumber,
      accessEpisodeId: created.id,
      detail: decisionAuditDetail(decision),
    }),
  );
  return { id: episode.id, decision: episode.decision, expiresAt: episode.expiresAt.toISOString() };
}
