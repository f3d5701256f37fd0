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
import type { Actor } from "./actor";
import { buildAuthOptions } from "./options";

export type { Actor };

export type SessionClaims = { userId?: string; sessionId?: string; signedInAt?: number };

/**
 * The actor a verified session cookie stands for, or null. Server-side revocation: the cookie names a
 * user_session row, which must still be open and belong to the same user; the absolute limit is also enforced.
 */
export async function actorForSession(session: SessionClaims | null | undefined, now = Date.now()): Promise<Actor | null> {
  if (!session?.userId || !session.sessionId || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(session.sessionId))
    return null;
  const maxAgeMs = serverEnv().SESSION_MAX_HOURS * 3_600_000;
  if (!session.signedInAt || now - session.signedInAt > maxAgeMs) return null;
  // One statement (session, user and organisation joined), not the three a nested include costs: every signed-in
  // request walks this. Only what the actor needs is read (never the password hash).
  // On the client's own connections, not through Prisma's query planning (lib/server/db/direct-sql.ts).
  const rows = await getDirectSql().query<SessionRow>(SESSION_SQL, [session.sessionId]);
  const open = rows[0];
  if (!open || open.endedAt !== null || open.sessionUserId !== session.userId) return null;
  // The same rule as actorFromUser: an inactive account or a role this build does not know may do nothing.
  if (!open.active || !isRole(open.role)) return null;
  return {
    userId: open.id,
    username: open.username,
    displayName: open.displayName,
    professionalCode: open.professionalCode,
    role: open.role,
    organisation: { odsCode: open.odsCode, name: open.organisationName },
  };
}

const SESSION_SQL = `
  SELECT s."user_id"::text AS "sessionUserId", s."ended_at" AS "endedAt", u."id"::text AS "id", u."username", u."display_name" AS "displayName",
         u."professional_code" AS "professionalCode", u."role"::text AS "role", u."active", o."ods_code" AS "odsCode", o."name" AS "organisationName"
  FROM "user_session" s
  JOIN "app_user" u ON u."id" = s."user_id"
  JOIN "organisation" o ON o."id" = u."organisation_id"
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
};

export const getActor = cache(async (): Promise<Actor | null> => {
  await connection(); // per-request: never prerendered at build time
  const claims = await timed("session.cookie", () => getServerSession(buildAuthOptions()));
  return timed("session.db", () => actorForSession(claims));
});

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
