import "server-only";
// The user's current decision for this patient: the newest episode that has not expired.
import type { Actor } from "@/lib/server/auth/session";
import { getPrisma } from "@/lib/server/db";
import type { AccessEpisodeView } from "./record-access-decision";

export async function findAccessEpisode(actor: Actor, nhsNumber: string, now = new Date()): Promise<AccessEpisodeView | null> {
  const episode = await getPrisma().accessEpisode.findFirst({
    where: { userId: actor.userId, patientNhsNumber: nhsNumber, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, decision: true, expiresAt: true },
  });
  return episode ? { id: episode.id, decision: episode.decision, expiresAt: episode.expiresAt.toISOString() } : null;
}
