import "server-only";
// Emergency-override alerts for the privacy officer: open first, newest first within status, each with who, which
// patient (named from the gateway's demographics), when and why. Reading the list is audited (review-queue.ts).
import { can } from "@/lib/domain/access/policy";
import type { AlertList, AlertView } from "@/lib/domain/governance/views";
import type { Actor } from "@/lib/server/auth/session";
import { getPrisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { gatewayNameLookup, patientNameOf, type NameLookup } from "./patient-names";
import { readQueue, REVIEW_LIST_LIMIT, reviewOf } from "./review-queue";

export const ALERT_LIST_LIMIT = REVIEW_LIST_LIMIT;

export async function listAlerts(actor: Actor, lookup: NameLookup = gatewayNameLookup(actor)): Promise<AlertList> {
  if (!can(actor.role, "alerts:review")) throw new AppError("FORBIDDEN");
  const prisma = getPrisma();
  const [rows, total, openCount] = await Promise.all([
    prisma.alert.findMany({
      // Enum order puts OPEN first; createdAt then id keep the order stable for alerts raised together.
      orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }],
      take: ALERT_LIST_LIMIT,
      include: { accessEpisode: { include: { user: { include: { organisation: true } } } }, followUp: true },
    }),
    prisma.alert.count(),
    prisma.alert.count({ where: { status: "OPEN" } }),
  ]);
  const { reviewers, patients } = await readQueue(
    actor,
    "alerts",
    { rows, total, openCount },
    (r) => r.accessEpisode.patientNhsNumber,
    lookup,
  );

  const alerts = rows.map((row): AlertView => {
    const episode = row.accessEpisode;
    return {
      id: row.id,
      status: row.status,
      raisedAt: row.createdAt.toISOString(),
      reason: episode.overrideReason,
      explanation: episode.overrideDetail,
      user: { username: episode.user.username, displayName: episode.user.displayName, role: episode.user.role },
      organisation: { odsCode: episode.user.organisation.odsCode, name: episode.user.organisation.name },
      patientNhsNumber: episode.patientNhsNumber,
      patient: patientNameOf(patients, episode.patientNhsNumber),
      accessEpisodeId: episode.id,
      review: reviewOf(row, reviewers),
      followUp: row.followUp ? { owner: row.followUp.owner, dueOn: row.followUp.dueOn.toISOString().slice(0, 10) } : null,
    };
  });
  return { alerts, total, openCount, limit: ALERT_LIST_LIMIT };
}
