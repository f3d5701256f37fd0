import "server-only";
// Who is asking: the signed-in user as the server sees them now (session, role and organisation re-read from the
// database on every request, so a sign-out, a deactivated or changed account takes effect at once).
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { serverEnv } from "@/lib/server/config/env";
import { getDirectSql } from "@/lib/server/db";
import { isRole } from "@/lib/domain/roles";
import { timed } from "@/lib/server/http/request-timing";
import { rememberEpisode } from "@/lib/server/access/find-access-episode";
import type { AccessEpisodeView } from "@/lib/server/access/record-access-decision";
import type { Actor } from "./actor";
import { buildAuthOptions } from "./options";

export type { Actor };

export type SessionClaims = { userId?: string; sessionId?: string; signedInAt?: number };

/**
 * The actor a verified session cookie stands for, or null. Server-side revocation: the cookie names a
 * user_session row, which must still be open and belong to the same user; the absolute limit is also enforced.
 * With `patient` (a record request), the same statement also reads that user's current access episode for the
 * patient, remembered for this actor only (rememberedEpisode): a record view then makes one read, not two.
 */
export async function actorForSession(
  session: SessionClaims | null | undefined,
  now = Date.now(),
  patient?: string,
): Promise<Actor | null> {
  if (!session?.userId || !session.sessionId || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(session.sessionId))
    return null;
  const maxAgeMs = serverEnv().SESSION_MAX_HOURS * 3_600_000;
  if (!session.signedInAt || now - session.signedInAt > maxAgeMs) return null;
  // One statement (session, user and organisation joined), not the three a nested include costs: every signed-in
  // request walks this. Only what the actor needs is read (never the password hash).
  // On the client's own connections, not through Prisma's query planning (lib/server/db/direct-sql.ts).
  const rows = await getDirectSql().query<SessionRow>(SESSION_SQL, [session.sessionId, patient ?? null, new Date(now).toISOString()]);
  const open = rows[0];
  if (!open || open.endedAt !== null || open.sessionUserId !== session.userId) return null;
  // The same rule as actorFromUser: an inactive account or a role this build does not know may do nothing.
  if (!open.active || !isRole(open.role)) return null;
  const actor: Actor = {
    userId: open.id,
    username: open.username,
    displayName: open.displayName,
    professionalCode: open.professionalCode,
    role: open.role,
    organisation: { odsCode: open.odsCode, name: open.organisationName },
  };
  if (patient !== undefined) rememberEpisode(actor, patient, episodeOf(open));
  return actor;
}

function episodeOf(row: SessionRow): AccessEpisodeView | null {
  if (row.episodeId === null || row.episodeDecision === null || row.episodeExpiresAt === null) return null;
  return { id: row.episodeId, decision: row.episodeDecision, expiresAt: new Date(row.episodeExpiresAt).toISOString() };
}

const SESSION_SQL = `
  SELECT s."user_id"::text AS "sessionUserId", s."ended_at" AS "endedAt", u."id"::text AS "id", u."username", u."display_name" AS "displayName",
         u."professional_code" AS "professionalCode", u."role"::text AS "role", u."active", o."ods_code" AS "odsCode", o."name" AS "organisationName",
         ep."id"::text AS "episodeId", ep."decision"::text AS "episodeDecision", ep."expires_at" AS "episodeExpiresAt"
  FROM "user_session" s
  JOIN "app_user" u ON u."id" = s."user_id"
  JOIN "organisation" o ON o."id" = u."organisation_id"
  LEFT JOIN LATERAL (
    SELECT e."id", e."decision", e."expires_at" FROM "access_episode" e
    WHERE e."user_id" = u."id" AND e."patient_nhs_number" = $2::text AND e."expires_at" > $3::timestamptz
    ORDER BY e."created_at" DESC
    LIMIT 1
  ) ep ON TRUE
  WHERE s."id" = $1::uuid`;

type SessionRow = {
  sessionUserId: string;
  endedAt: Date | null;
  id: string;
  username: string;
  displayName: string;
  professionalCode: string | null;
  role: string;
  active: boolean;
  odsCode: string;
  organisationName: string;
  episodeId: string | null;
  episodeDecision: AccessEpisodeView["decision"] | null;
  episodeExpiresAt: Date | null;
};

export const getActor = cache(async (): Promise<Actor | null> => {
  await timed("session.connection", connection); // per-request: never prerendered at build time
  const claims = await timed("session.cookie", () => getServerSession(buildAuthOptions()));
  return timed("session.db", () => actorForSession(claims));
});

/**
 * For a record API request about one patient: the actor (as getActor), with that user's current access episode for
 * the patient read in the same statement (see actorForSession). Not cached: one call per request, from route().
 */
export async function getActorForPatient(nhsNumber: string): Promise<Actor | null> {
  await timed("session.connection", connection);
  const claims = await timed("session.cookie", () => getServerSession(buildAuthOptions()));
  return timed("session.db", () => actorForSession(claims, Date.now(), nhsNumber));
}

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
