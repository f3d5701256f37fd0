import "server-only";
// Who is asking: the signed-in user as the server sees them now (session, role and organisation re-read from the
// database on every request, so a sign-out, a deactivated or changed account takes effect at once).
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { serverEnv } from "@/lib/server/config/env";
import { getPrisma } from "@/lib/server/db";
import { actorFromUser, type Actor } from "./actor";
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
  const open = await getPrisma().userSession.findUnique({
    where: { id: session.sessionId },
    include: { user: { include: { organisation: true } } },
  });
  if (!open || open.endedAt !== null || open.userId !== session.userId) return null;
  return actorFromUser(open.user);
}

export const getActor = cache(async (): Promise<Actor | null> => {
  await connection(); // per-request: never prerendered at build time
  return actorForSession(await getServerSession(buildAuthOptions()));
});

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
