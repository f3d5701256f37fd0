import "server-only";
// The central summary for a patient whose practice cannot answer: the same access guard as a record view (role,
// then the access episode and its consent), fetched from the gateway's central store (never subject to practice
// faults), mapped, and audited as a record view (RECORD_VIEW, section "central-summary") before it leaves the
// server. If the audit write fails, nothing is returned.
import { canViewSection } from "@/lib/domain/access/policy";
import { formatDateTime } from "@/lib/domain/cui/format-date";
import { mapCentralSummary, type CentralSummaryView } from "@/lib/domain/record-view/central-summary";
import { assertRecordAccess, type Door } from "@/lib/server/access/record-access";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/log/logger";
import { migRequest } from "@/lib/server/mig/client";

export type CentralSummaryResponse = { summary: CentralSummaryView; auditEventId: string; retrievedAtDisplay: string };

export async function getCentralSummary(actor: Actor, nhsNumber: string, door: Door): Promise<CentralSummaryResponse> {
  // Allergies are in every clinical role's view (the social care worker's included); medication only where the role has it.
  const { episode, consent } = await assertRecordAccess(actor, nhsNumber, "allergies", door);
  const medicationIncluded = canViewSection(actor.role, "medications");
  const audit = { ...auditActor(actor), patientNhsNumber: nhsNumber, action: "RECORD_VIEW" as const, accessEpisodeId: episode.id };
  let mapped: ReturnType<typeof mapCentralSummary>;
  try {
    const bundle = await migRequest({ actor, consent, accessEpisodeId: episode.id }, "/Patient/$central-summary", {
      method: "POST",
      body: {
        resourceType: "Parameters",
        parameter: [{ name: "patientNHSNumber", valueIdentifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: nhsNumber } }],
      },
    });
    mapped = mapCentralSummary(bundle, new Date(), medicationIncluded);
  } catch (error) {
    await recordAuditEvent({
      ...audit,
      outcome: "FAILED",
      detail: { section: "central-summary", failure: error instanceof AppError ? error.code : "INTERNAL" },
    });
    throw error;
  }
  if (!mapped.ok) {
    logger.warn({ section: "central-summary", problem: mapped.problem }, "central summary could not be mapped");
    await recordAuditEvent({ ...audit, outcome: "FAILED", detail: { section: "central-summary", failure: "MIG_MALFORMED" } });
    throw new AppError("MIG_MALFORMED");
  }
  const { id: auditEventId } = await recordAuditEvent({
    ...audit,
    outcome: "SUCCESS",
    detail: { section: "central-summary", decision: episode.decision },
  });
  return { summary: mapped.summary, auditEventId, retrievedAtDisplay: formatDateTime(new Date().toISOString()) };
}
