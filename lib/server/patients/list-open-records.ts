import "server-only";
// The patients whose records this user has open now (an access episode that has not expired, with permission or an
// emergency override), most recently opened first, for "Find a patient": one click back to each. Names come from a
// demographic lookup per patient (no clinical data), audited like the record banner's; a lookup that fails leaves
// the NHS number alone, never a wrong name.
import { consentToViewClaim } from "@/lib/domain/access/access-reasons";
import type { PatientBanner } from "@/lib/domain/record/patient/types";
import type { Actor } from "@/lib/server/auth/session";
import { getPrisma } from "@/lib/server/db";
import { getPatientBanner } from "./get-patient-banner";

export const OPEN_RECORDS_SHOWN = 5;

export type OpenRecord = { nhsNumber: string; openedAt: string; expiresAt: string; patient: PatientBanner | null };

/** Newest episode per patient (the current decision), kept when it opens the record; newest first, at most `limit`. */
export async function listOpenRecordNumbers(actor: Actor, now = new Date(), limit = OPEN_RECORDS_SHOWN) {
  const episodes = await getPrisma().accessEpisode.findMany({
    where: { userId: actor.userId, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { patientNhsNumber: true, decision: true, createdAt: true, expiresAt: true },
    take: 200,
  });
  const seen = new Set<string>();
  const open: { nhsNumber: string; openedAt: Date; expiresAt: Date }[] = [];
  for (const e of episodes) {
    if (seen.has(e.patientNhsNumber)) continue;
    seen.add(e.patientNhsNumber);
    if (consentToViewClaim(e.decision) !== null)
      open.push({ nhsNumber: e.patientNhsNumber, openedAt: e.createdAt, expiresAt: e.expiresAt });
  }
  return open.slice(0, limit);
}

export async function listOpenRecords(actor: Actor, now = new Date()): Promise<OpenRecord[]> {
  const open = await listOpenRecordNumbers(actor, now);
  return Promise.all(
    open.map(async (o) => ({
      nhsNumber: o.nhsNumber,
      openedAt: o.openedAt.toISOString(),
      expiresAt: o.expiresAt.toISOString(),
      patient: await getPatientBanner(actor, o.nhsNumber, "open-records").catch(() => null),
    })),
  );
}
