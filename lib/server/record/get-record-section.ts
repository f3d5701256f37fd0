import "server-only";
// One page of the record: check role and access episode, fetch from the MIG, map to the view model, audit the
// view, and only then hand the data back. If the audit write fails, nothing is returned (fail closed).
import { canViewSection } from "@/lib/domain/access/policy";
import { formatDateTime } from "@/lib/domain/cui/format-date";
import type { DateFilter } from "@/lib/domain/record/completeness";
import type { RecordSectionKey } from "@/lib/domain/record/section-registry/meta";
import { descriptorOf } from "@/lib/domain/record/section-registry/registry";
import { appliedDateFilter, sectionsToRequest, structuredRecordParameters } from "@/lib/domain/record/section-registry/request-plan";
import type { SectionRequest } from "@/lib/domain/record/section-registry/section-request";
import { mapStructuredRecord } from "@/lib/domain/record-view/map-record";
import type { RecordSectionResponse } from "@/lib/domain/record-view/record-section-response";
import { sectionContent } from "@/lib/domain/record-view/section-content";
import { assertRecordAccess, type Door } from "@/lib/server/access/record-access";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/log/logger";
import { timed, timedSync } from "@/lib/server/http/request-timing";
import { migRequest } from "@/lib/server/mig/client";

export async function getRecordSection(actor: Actor, request: SectionRequest, door: Door): Promise<RecordSectionResponse> {
  const { nhsNumber, section } = request;
  const { episode, consent } = await timed("episode", () => assertRecordAccess(actor, nhsNumber, section, door));

  const descriptor = descriptorOf(section);
  const keys = sectionsToRequest(section, (s) => canViewSection(actor.role, s));
  const applied = appliedDateFilter(section, request.filter);
  // The range belongs to the page's own section; the sections it also needs (allergies for Medications) are whole.
  const filters: Partial<Record<RecordSectionKey, DateFilter>> = applied && descriptor.key ? { [descriptor.key]: applied } : {};
  // Only a section that sends its newest items by default has anything more to send; elsewhere the flag is not audited.
  const allIssues = descriptor.allItemsOnRequest && request.allIssues;
  const audit = { ...auditActor(actor), patientNhsNumber: nhsNumber, action: "RECORD_VIEW" as const, accessEpisodeId: episode.id };
  let mapped: ReturnType<typeof mapStructuredRecord>;
  try {
    const bundle = await migRequest({ actor, consent, accessEpisodeId: episode.id }, "/Patient/$gpc.getstructuredrecord", {
      method: "POST",
      body: structuredRecordParameters(nhsNumber, keys, filters),
    });
    mapped = timedSync("map+safety", () => mapStructuredRecord(bundle, { now: new Date(), requested: keys, dateFilters: filters }));
  } catch (error) {
    await recordAuditEvent({
      ...audit,
      outcome: "FAILED",
      detail: { section, failure: error instanceof AppError ? error.code : "INTERNAL" },
    });
    throw error;
  }
  if (!mapped.ok) {
    logger.warn({ section, problem: mapped.error.code }, "record could not be mapped");
    await recordAuditEvent({ ...audit, outcome: "FAILED", detail: { section, failure: "MIG_MALFORMED" } });
    throw new AppError("MIG_MALFORMED");
  }

  const { patient: _patient, ...record } = mapped.record;
  // Committed before the record leaves the server; if this throws, the caller answers AUDIT_UNAVAILABLE and sends nothing.
  const { id: auditEventId } = await timed("audit", () =>
    recordAuditEvent({
      ...audit,
      outcome: "SUCCESS",
      detail: { section, decision: episode.decision, ...(applied ? { filter: applied } : {}), ...(allIssues ? { allIssues: true } : {}) },
    }),
  );
  const retrievedAt = new Date().toISOString();
  return {
    section,
    retrievedAt,
    retrievedAtDisplay: formatDateTime(retrievedAt),
    auditEventId,
    accessDecision: episode.decision === "EMERGENCY_OVERRIDE" ? "EMERGENCY_OVERRIDE" : "CONSENT_GIVEN",
    record: timedSync("section-content", () => sectionContent(section, record, { allIssues })),
  };
}
