import "server-only";
// The resuscitation and care-wishes line for the patient banner, on every page of the record: the end of life
// section fetched on the server with the page, mapped, reduced to the banner's status and audited (RECORD_VIEW,
// section end-of-life, view care-wishes-banner) before it leaves the server. Any failure, including a failed audit
// write, gives the "could not be retrieved" state and no data. One fetch per request (React cache), so the layout
// and a page that asks again share it.
import { cache } from "react";
import { consentToViewClaim } from "@/lib/domain/access/access-reasons";
import { canViewSection } from "@/lib/domain/access/policy";
import { mapStructuredRecord } from "@/lib/domain/record-view/map-record";
import { careWishesStatus, unavailableStatus, type CareWishesStatus } from "@/lib/domain/record/end-of-life/care-wishes-status";
import { recordPeopleOf, type RecordPeople } from "@/lib/domain/record/patient/record-people";
import { bannerSectionsToRequest, structuredRecordParameters } from "@/lib/domain/record/section-registry/request-plan";
import { currentAccessEpisode } from "@/lib/server/access/record-access";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/log/logger";
import { migRequest } from "@/lib/server/mig/client";

export type CareWishesForBanner = CareWishesStatus & {
  /** The RECORD_VIEW audit event of this fetch; null when nothing was fetched successfully (nothing shown from the record). */
  auditEvent: string | null;
  /**
   * The contacts (Patient.contact, every RelatedPerson) and communication needs the GP record holds, from the same
   * audited fetch, for the banner's contacts place (withRecordPeople); null when nothing was fetched successfully.
   */
  people: RecordPeople | null;
};

export const BANNER_VIEW = "care-wishes-banner";

async function load(actor: Actor, nhsNumber: string): Promise<CareWishesForBanner | null> {
  if (!canViewSection(actor.role, "end-of-life")) return null;
  // The same episode read the layout and the page use (once per request).
  const episode = await currentAccessEpisode(actor, nhsNumber);
  const consent = episode ? consentToViewClaim(episode.decision) : null;
  if (!episode || consent === null) return null; // the layout is asking why the user is looking: nothing fetched
  const audit = { ...auditActor(actor), patientNhsNumber: nhsNumber, action: "RECORD_VIEW" as const, accessEpisodeId: episode.id };
  // Risks and warnings come too (when the role may see them): a reasonable-adjustment Flag is a communication need the
  // banner shows. The audit event says so (`also`).
  const { keys, slugs } = bannerSectionsToRequest((s) => canViewSection(actor.role, s));
  const others = slugs.filter((s) => s !== "end-of-life");
  const also = others.length > 0 ? { also: others } : {};
  const failed = async (failure: string): Promise<CareWishesForBanner> => {
    try {
      await recordAuditEvent({ ...audit, outcome: "FAILED", detail: { section: "end-of-life", ...also, view: BANNER_VIEW, failure } });
    } catch {
      logger.error({ view: BANNER_VIEW }, "audit write failed for a failed care-wishes fetch");
    }
    return { ...unavailableStatus(), auditEvent: null, people: null };
  };
  let status: CareWishesStatus;
  let people: RecordPeople;
  try {
    const bundle = await migRequest({ actor, consent, accessEpisodeId: episode.id }, "/Patient/$gpc.getstructuredrecord", {
      method: "POST",
      body: structuredRecordParameters(nhsNumber, keys),
    });
    const mapped = mapStructuredRecord(bundle, { now: new Date(), requested: keys, dateFilters: {} });
    if (!mapped.ok) return await failed("MIG_MALFORMED");
    status = careWishesStatus(mapped.record.sections.endOfLife);
    people = recordPeopleOf(mapped.record.patient);
  } catch (error) {
    return await failed(error instanceof AppError ? error.code : "INTERNAL");
  }
  try {
    const { id } = await recordAuditEvent({
      ...audit,
      outcome: "SUCCESS",
      detail: { section: "end-of-life", ...also, view: BANNER_VIEW, decision: episode.decision },
    });
    return { ...status, auditEvent: id, people };
  } catch {
    // Not recorded, so not shown: the banner says it could not be retrieved.
    logger.error({ view: BANNER_VIEW }, "audit write failed; care wishes not shown");
    return { ...unavailableStatus(), auditEvent: null, people: null };
  }
}

export const getCareWishesStatus = cache(load);
