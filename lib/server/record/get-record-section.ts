import "server-only";
// One page of the record: check role and access episode, fetch from the MIG, map to the view model, audit the
// view, and only then hand the data back. If the audit write fails, nothing is returned (fail closed).
import { formatDateTime } from "@/lib/domain/cui/format-date";
import { consentToViewClaim } from "@/lib/domain/access/access-reasons";
import { canViewSection } from "@/lib/domain/access/policy";
import type { RecordSection } from "@/lib/domain/access/sections";
import { mapStructuredRecord, type RecordViewModel } from "@/lib/domain/record";
import type { DateFilter } from "@/lib/domain/record/completeness";
import { sectionContent, type ContentOptions } from "@/lib/domain/record/section-content";
import { SECTION_KEY, filterByDate, sectionsToRequest, structuredRecordParameters } from "@/lib/domain/record/request-plan";
import { findAccessEpisode } from "@/lib/server/access/find-access-episode";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/log/logger";
import { migRequest } from "@/lib/server/mig/client";
import type { RecordSectionResponse } from "./record-section-response";


// Sections whose date range the MIG cannot apply (or applies only in part): filtered here after mapping.
const FILTERED_AFTER_MAPPING = ["investigations", "immunisations", "referrals", "encounters", "observations"] as const;

function applyDateFilter(record: RecordViewModel, filter: DateFilter | null): RecordViewModel {
  if (!filter) return record;
  const sections = { ...record.sections };
  for (const key of FILTERED_AFTER_MAPPING) {
    const section = sections[key];
    if (!section) continue;
    const items = filterByDate<{ date: { sortKey: number | null } }>(section.items, filter);
    Object.assign(sections, { [key]: { ...section, items, completeness: { ...section.completeness, shown: items.length } } });
  }
  return { ...record, sections };
}

function filterFor(section: RecordSection, filter: DateFilter | null): DateFilter | null {
  if (!filter || section === "summary") return null;
  // GP Connect filters medication by a from-date only.
  return section === "medications" ? (filter.from ? { from: filter.from, to: null } : null) : filter;
}

export async function getRecordSection(
  actor: Actor,
  nhsNumber: string,
  section: RecordSection,
  filter: DateFilter | null,
  options: ContentOptions = {},
): Promise<RecordSectionResponse> {
  const audit = { ...auditActor(actor), patientNhsNumber: nhsNumber };
  if (!canViewSection(actor.role, section)) {
    await recordAuditEvent({ ...audit, action: "ACCESS_DENIED", outcome: "DENIED", detail: { section, why: "role" } });
    throw new AppError("FORBIDDEN");
  }
  const episode = await findAccessEpisode(actor, nhsNumber);
  const consent = episode ? consentToViewClaim(episode.decision) : null;
  if (!episode || consent === null) {
    await recordAuditEvent({ ...audit, action: "ACCESS_DENIED", outcome: "DENIED", detail: { section, why: episode ? "consent-refused" : "no-access-episode" } });
    throw new AppError(episode ? "CONSENT_REFUSED" : "NO_ACCESS_EPISODE");
  }

  const keys = sectionsToRequest(section, actor.role);
  // Only the Medications page has issues to send in full; elsewhere the flag means nothing and is not audited.
  const allIssues = section === "medications" && options.allIssues === true;
  const applied = filterFor(section, filter);
  const viewAudit = { ...audit, action: "RECORD_VIEW" as const, accessEpisodeId: episode.id };
  let mapped: ReturnType<typeof mapStructuredRecord>;
  try {
    const bundle = await migRequest({ actor, consent, accessEpisodeId: episode.id }, "/Patient/$gpc.getstructuredrecord", {
      method: "POST",
      body: structuredRecordParameters(nhsNumber, keys, applied),
    });
    const dateFilters = applied && section !== "summary" ? { [SECTION_KEY[section]]: applied } : {};
    mapped = mapStructuredRecord(bundle, { now: new Date(), requested: keys, dateFilters });
  } catch (error) {
    await recordAuditEvent({ ...viewAudit, outcome: "FAILED", detail: { section, failure: error instanceof AppError ? error.code : "INTERNAL" } });
    throw error;
  }
  if (!mapped.ok) {
    logger.warn({ section, problem: mapped.error.code }, "record could not be mapped");
    await recordAuditEvent({ ...viewAudit, outcome: "FAILED", detail: { section, failure: "MIG_MALFORMED" } });
    throw new AppError("MIG_MALFORMED");
  }

  const { patient: _patient, ...record } = applyDateFilter(mapped.record, applied);
  // Committed before the record leaves the server; if this throws, the route answers AUDIT_UNAVAILABLE and sends nothing.
  const { id: auditEventId } = await recordAuditEvent({
    ...viewAudit,
    outcome: "SUCCESS",
    detail: { section, decision: episode.decision, ...(applied ? { filter: applied } : {}), ...(allIssues ? { allIssues: true } : {}) },
  });
  const retrievedAt = new Date().toISOString();
  return { section, retrievedAt, retrievedAtDisplay: formatDateTime(retrievedAt), auditEventId, accessDecision: episode.decision === "EMERGENCY_OVERRIDE" ? "EMERGENCY_OVERRIDE" : "CONSENT_GIVEN", record: sectionContent(section, record, { allIssues }) };
}
