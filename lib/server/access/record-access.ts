import "server-only";
// The one answer to "may this actor see this patient's section now?", asked by the record layout, the section
// page, the page loader and the use-case behind the API: the role (record:view, and the section for the role), then
// the access episode and its consent. Wrapped in React cache(), so a page render reads the episode once however
// many parts ask, and writes each refusal once.
//
// Refusals of the role are audited wherever they happen. Having no episode, or a refused one, is audited where
// record data is asked for (assertRecordAccess); on a page it is not a refusal: the layout asks why the user is
// looking, and nothing is fetched.
import { cache } from "react";
import { consentToViewClaim, type ConsentToViewClaim } from "@/lib/domain/access/access-reasons";
import { can, canViewSection } from "@/lib/domain/access/policy";
import type { RecordSection } from "@/lib/domain/record/section-registry/meta";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { AppError } from "@/lib/server/errors";
import { findAccessEpisode, rememberedEpisode } from "./find-access-episode";
import { auditPageRefusal } from "./page-refusal";
import type { AccessEpisodeView } from "./record-access-decision";

export type Door = "page" | "api";

export type RecordAccess =
  | { ok: true; episode: AccessEpisodeView; consent: ConsentToViewClaim }
  /** The role may not see the record, or this section of it (already audited). */
  | { ok: false; code: "FORBIDDEN"; episode: null }
  /** No open episode, or the patient refused: the user must say why they are looking. */
  | { ok: false; code: "NO_ACCESS_EPISODE" | "CONSENT_REFUSED"; episode: AccessEpisodeView | null };

/**
 * The actor's current access episode for this patient, read once per request: on a record API request it was read
 * with the session check (getActorForPatient), in the same statement.
 */
export const currentAccessEpisode = cache(async (actor: Actor, nhsNumber: string) => {
  const remembered = rememberedEpisode(actor, nhsNumber);
  return remembered === undefined ? findAccessEpisode(actor, nhsNumber) : remembered;
});

/** Whether the actor may see this patient's record (section null: the layout) or one section of it, now. */
/**
 * Whether the role may see clinical records at all; a refusal is audited once per request. The API's route wrapper
 * makes the same check before its handler runs (lib/server/http/route.ts); pages ask here.
 */
export const mayViewRecords = cache(async (actor: Actor): Promise<boolean> => {
  if (can(actor.role, "record:view")) return true;
  await auditPageRefusal(actor, { page: "/patients/{nhsNumber}", permission: "record:view" });
  return false;
});

export const recordAccess = cache(
  async (actor: Actor, nhsNumber: string, section: RecordSection | null, door: Door): Promise<RecordAccess> => {
    const audit = { ...auditActor(actor), action: "ACCESS_DENIED" as const, outcome: "DENIED" as const, patientNhsNumber: nhsNumber };
    if (!(await mayViewRecords(actor))) return { ok: false, code: "FORBIDDEN", episode: null };
    if (section !== null && !canViewSection(actor.role, section)) {
      await recordAuditEvent({ ...audit, detail: { section, why: "role", via: door } });
      return { ok: false, code: "FORBIDDEN", episode: null };
    }
    const episode = await currentAccessEpisode(actor, nhsNumber);
    const consent = episode ? consentToViewClaim(episode.decision) : null;
    if (!episode || consent === null) return { ok: false, code: episode ? "CONSENT_REFUSED" : "NO_ACCESS_EPISODE", episode };
    return { ok: true, episode, consent };
  },
);

/** For fetching record data: the open episode and its consent claim, or a refusal (audited) as an AppError. */
export async function assertRecordAccess(actor: Actor, nhsNumber: string, section: RecordSection, door: Door) {
  const access = await recordAccess(actor, nhsNumber, section, door);
  if (access.ok) return access;
  if (access.code !== "FORBIDDEN") {
    const why = access.code === "CONSENT_REFUSED" ? "consent-refused" : "no-access-episode";
    await recordAuditEvent({
      ...auditActor(actor),
      action: "ACCESS_DENIED",
      outcome: "DENIED",
      patientNhsNumber: nhsNumber,
      detail: { section, why, via: door },
    });
  }
  throw new AppError(access.code);
}
